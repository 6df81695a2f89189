/** The few fields of a sign-in page's inline `$Config` (and its `PageID` meta) the extension uses; all optional. */
export interface PageConfig {
  /** Page id, e.g. `ConvergedSignIn`, `ConvergedTFA`, `KmsiInterrupt`, `ConvergedError`, `ConvergedConsent`. */
  readonly pgid?: string;
  /** The error number the server put on this page (`sErrorCode`, else `iErrorCode`), when there is one. */
  readonly errorCode?: string;
  /** Correlation id, for the helpdesk. */
  readonly correlationId?: string;
  /** Session (request) id, for the helpdesk. */
  readonly sessionId?: string;
  /** The path the page's form posts to (`urlPost`), without its query: `/kmsi` on the stay-signed-in page. */
  readonly postPath?: string;
  /** The `authMethodId` of the method marked `isDefault` in `arrUserProofs` (e.g. `OneWaySMS`), never its `display`. */
  readonly defaultProof?: string;
}

/*
 * Field names as public code that reads these pages shows them (checked 2026-12-07): Versent/saml2aws
 * `pkg/provider/aad/aad.go` and its `testdata/*.html` captures (`pgid`, `arrUserProofs[].authMethodId`,
 * `isDefault`, the `<meta name="PageID">` the server writes before any script), himmelblau-idm/libhimmelblau
 * `src/auth.rs` (`iErrorCode`, `ConvergedConsent`), and a test in public code shaped like a
 * ConvergedProofUpRedirect page (`"iErrorCode":"50203"`, `urlPost`); `"urlPost":"/kmsi"` on the stay-signed-in
 * page in vishal00074/automationTestingScript (`form[action="/kmsi"]`). Confidence: high for pgid and the meta,
 * medium for the others (seen in captures and tools, not documented by Microsoft). `sFidoChallenge` is not read:
 * it is on every page where a passkey is one option (an "Entra ID IdP pack" in public code, measured 2026-09-11,
 * checks it only together with the `/fido/get` path), so the path alone says more.
 */
const fields = {
  pgid: /"pgid"\s*:\s*"([A-Za-z0-9_]{1,64})"/,
  errorCode: /"sErrorCode"\s*:\s*"(\d{5,7})"/,
  correlationId: /"correlationId"\s*:\s*"([0-9a-fA-F-]{36})"/,
  sessionId: /"sessionId"\s*:\s*"([0-9a-fA-F-]{36})"/,
  numericErrorCode: /"iErrorCode"\s*:\s*"?(\d{5,7})\b/,
  postPath: /"urlPost"\s*:\s*"(?:https:\/\/[a-z0-9.-]{1,100})?(\/[A-Za-z0-9_./-]{0,100})/,
} as const;

/** A `$Config` longer than this is read only this far (real ones are tens of KB; a hostile page may send megabytes). */
const maxConfigChars = 1_000_000;
/** How far past `"arrUserProofs"` the default method is looked for. */
const maxProofsChars = 4_000;
const proofObject = /\{[^{}]{0,800}\}/g;

/** The default method's id in `arrUserProofs`: only the `authMethodId` of the entry marked `"isDefault":true`. */
function defaultProofIn(text: string): string | undefined {
  const start = text.indexOf('"arrUserProofs"');
  if (start < 0) return undefined;
  const end = text.indexOf(']', start);
  const list = text.slice(start, end < 0 ? start + maxProofsChars : Math.min(end, start + maxProofsChars));
  for (const [entry] of list.matchAll(proofObject)) {
    if (!/"isDefault"\s*:\s*true/.test(entry)) continue;
    return /"authMethodId"\s*:\s*"([A-Za-z]{1,40})"/.exec(entry)?.[1];
  }
  return undefined;
}

function readConfigText(text: string): PageConfig {
  const found: Record<string, string> = {};
  for (const [name, pattern] of Object.entries(fields)) {
    const match = pattern.exec(text);
    if (match) found[name] = match[1]!;
  }
  const { numericErrorCode, errorCode, ...rest } = found;
  const defaultProof = defaultProofIn(text);
  return {
    ...rest,
    ...((errorCode ?? numericErrorCode) ? { errorCode: errorCode ?? numericErrorCode } : {}),
    ...(defaultProof ? { defaultProof } : {}),
  };
}

const cache = new WeakMap<Element, PageConfig>();

function readScriptConfig(document: Document): PageConfig {
  for (const script of document.querySelectorAll('script:not([src])')) {
    const known = cache.get(script);
    if (known) return known;
    const text = script.textContent ?? '';
    if (!text.includes('$Config')) continue;
    const config = readConfigText(text.length > maxConfigChars ? text.slice(0, maxConfigChars) : text);
    cache.set(script, config);
    return config;
  }
  return {};
}

/**
 * Read `$Config` from the page's inline scripts as text: a few fields are matched by pattern, nothing is
 * parsed as code or evaluated, so a malformed, huge or hostile script gives at most missing fields. The page id
 * comes from `$Config.pgid`, else from `<meta name="PageID">`, which the server writes before any script runs.
 */
export function readPageConfig(document: Document): PageConfig {
  const config = readScriptConfig(document);
  if (config.pgid) return config;
  const meta = document.querySelector('meta[name="PageID" i]')?.getAttribute('content') ?? '';
  return /^[A-Za-z0-9_]{1,64}$/.test(meta) ? { ...config, pgid: meta } : config;
}

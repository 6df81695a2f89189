/** The few fields of a sign-in page's inline `$Config` the extension uses; all optional. */
export interface PageConfig {
  /** Page id, e.g. `ConvergedSignIn`, `ConvergedTFA`, `KmsiInterrupt`, `ConvergedError`. */
  readonly pgid?: string;
  /** The error number the server put on this page, when there is one. */
  readonly errorCode?: string;
  /** Correlation id, for the helpdesk. */
  readonly correlationId?: string;
  /** Session (request) id, for the helpdesk. */
  readonly sessionId?: string;
}

const fields = {
  pgid: /"pgid"\s*:\s*"([A-Za-z0-9_]{1,64})"/,
  errorCode: /"sErrorCode"\s*:\s*"(\d{5,7})"/,
  correlationId: /"correlationId"\s*:\s*"([0-9a-fA-F-]{36})"/,
  sessionId: /"sessionId"\s*:\s*"([0-9a-fA-F-]{36})"/,
} as const;

const cache = new WeakMap<Element, PageConfig>();

/**
 * Read `$Config` from the page's inline scripts as text: a few fields are matched by pattern, nothing is
 * parsed as code or evaluated, so a malformed or hostile script gives at most missing fields.
 */
export function readPageConfig(document: Document): PageConfig {
  for (const script of document.querySelectorAll('script:not([src])')) {
    const known = cache.get(script);
    if (known) return known;
    const text = script.textContent ?? '';
    if (!text.includes('$Config')) continue;
    const config: Record<string, string> = {};
    for (const [name, pattern] of Object.entries(fields)) {
      const match = pattern.exec(text);
      if (match) config[name] = match[1]!;
    }
    cache.set(script, config);
    return config;
  }
  return {};
}

import { microsoftBranding } from './branding';
import { signInCdn } from './cdn';
import { signInFields } from './fields';
import { pageConfig } from './page-config';
import { anyMatches } from './scope';
import type { PageEvidence, SignalDetector, SignalId } from './types';

export { type ProbeHints, probeHints } from './hints';
export { focusedShadowRoots } from './scope';
export type { PageEvidence, SignalDetector, SignalId } from './types';

/** The detectors, strongest first; adding one is one import and one line here. */
export const signalDetectors: readonly SignalDetector[] = [signInFields, pageConfig, signInCdn, microsoftBranding];

/** The permission the guard needs: to look at pages on any https site (asked when switched on; declared in the organization edition). */
export const guardOrigins: readonly string[] = ['https://*/*'];

/**
 * A field people type an account, a password or a sign-in code into: password and email boxes, Microsoft's own
 * account fields, one-time-code boxes, and text boxes whose name, label or placeholder asks for an email or user
 * name. Pages without one are never judged.
 */
export const credentialFieldSelector = [
  'input[type="password"]',
  'input[type="email"]',
  'input[name="loginfmt"]',
  'input#usernameEntry',
  'input[autocomplete~="username"]',
  'input[name="otc"]',
  'input[autocomplete="one-time-code"]',
  'input[placeholder*="mail" i]',
  'input[aria-label*="mail" i]',
  'input[name*="email" i]',
  'input[name*="user" i]',
].join(', ');

/**
 * The number to type into Authenticator, shown with no field at all: the step a relay shows right after the
 * password, where approving gives the attacker the session. The ids are the ones the step readers know, with their
 * sources (`utils/steps/converged.ts`: `idRichContext_DisplaySign`, `idRemoteNGC_DisplaySign`; `utils/steps/live.ts`:
 * the test id `displaySign`).
 */
export const numberShownSelector = '#idRichContext_DisplaySign, #idRemoteNGC_DisplaySign, [data-testid="displaySign"]';

/** What the guard concluded about a page: whether it imitates Microsoft's sign-in, and from which signals. */
export interface LookalikeVerdict {
  readonly lookalike: boolean;
  readonly signals: readonly SignalId[];
}

/**
 * Whether a page on a host that is not Microsoft's imitates Microsoft's sign-in: it shows a credential field or the
 * number-match display (in the document or an open shadow root) and two kinds of signal, either one of them strong
 * (Microsoft's own field ids or its sign-in configuration) or both Microsoft's sign-in CDN and its branding. One signal alone, however strong, never decides. Never throws.
 */
export function judgePage(evidence: PageEvidence): LookalikeVerdict {
  try {
    // The two selectors apart, as the tripwire asked them: the page's selector cache already holds them.
    const shows = anyMatches(evidence, credentialFieldSelector) || anyMatches(evidence, numberShownSelector);
    if (!shows) return { lookalike: false, signals: [] };
    const signals = signalDetectors.filter((detector) => detector.detect(evidence)).map((detector) => detector.id);
    const has = (id: SignalId) => signals.includes(id);
    const strong = has('sign-in-fields') || has('page-config');
    return { lookalike: signals.length >= 2 && (strong || (has('sign-in-cdn') && has('microsoft-branding'))), signals };
  } catch {
    return { lookalike: false, signals: [] };
  }
}

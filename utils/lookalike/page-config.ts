import { matching } from './scope';
import type { SignalDetector } from './types';

/**
 * The fields of Microsoft's sign-in page configuration: the converged pages' inline `$Config` (urlPost, sFT, sCtx,
 * pgid, …) and the older personal pages' `ServerData` (the step readers cite them: utils/steps/page-config.ts).
 * A reverse proxy relays the whole server page, configuration included; a saved copy keeps it as text.
 */
export const pageConfigFields: readonly string[] = [
  'arrUserProofs',
  'iMaxStackForKnockoutAsyncComponents',
  'pgid',
  'sCtx',
  'sFT',
  'sFTName',
  'urlMsaSignUp',
  'urlPost',
  'urlResetPassword',
];
const quoted = pageConfigFields.map((name) => `"${name}"`);
const maxScanned = 2_000_000;

/** Microsoft's sign-in configuration object in an inline script, read as text and never run: two of its field names. */
export const pageConfig: SignalDetector = {
  reports: ['page-config'],
  detect(evidence) {
    let scanned = 0;
    for (const script of matching(evidence, 'script:not([src])')) {
      const text = script.textContent ?? '';
      scanned += text.length;
      if (scanned > maxScanned) return [];
      if (!/\$Config\s*=|\bServerData\s*=/.test(text)) continue;
      if (quoted.filter((name) => text.includes(name)).length >= 2) return ['page-config'];
    }
    return [];
  },
};

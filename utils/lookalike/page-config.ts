import { matching } from './scope';
import type { SignalDetector } from './types';

/**
 * An inline `$Config` (converged) or `ServerData` (older personal pages) with the fields Microsoft's sign-in pages
 * carry (`urlPost`, `sFT`, `sCtx`, `pgid`, `urlResetPassword`, …), read as text from inline scripts only, never run.
 * Two of the field names make the signal.
 */
const fieldNames = [
  '"urlPost"',
  '"sFT"',
  '"sCtx"',
  '"pgid"',
  '"urlResetPassword"',
  '"sFTName"',
  '"urlMsaSignUp"',
  '"iMaxStackForKnockoutAsyncComponents"',
];
const maxScanned = 400_000;

/** Microsoft's sign-in configuration object in an inline script. */
export const pageConfig: SignalDetector = {
  id: 'page-config',
  detect(evidence) {
    let scanned = 0;
    for (const script of matching(evidence, 'script:not([src])')) {
      const text = script.textContent ?? '';
      scanned += text.length;
      if (scanned > maxScanned) return false;
      if (!/\$Config\s*=|\bServerData\s*=/.test(text)) continue;
      if (fieldNames.filter((name) => text.includes(name)).length >= 2) return true;
    }
    return false;
  },
};

import { shownErrorCodes } from './dom';
import type { StepFamily, StepReading } from './types';

export type { StepFamily, StepId, StepReading } from './types';
export { stepIds } from './types';

/**
 * Which step a page shows, asking `families` in order (the sign-in families on sign-in hosts, the account-page
 * families on reset, recovery and security-info hosts). Reads element ids, names, visibility, shown error text
 * and the inline `$Config` as text; never an input's value. Never throws: a broken page reads as `unknown`.
 */
export function readStep(document: Document, url: string | URL, families: readonly StepFamily[]): StepReading {
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    for (const family of families) {
      const reading = family.read(document, parsed);
      if (reading) return reading;
    }
    const errorCode = shownErrorCodes(document)[0];
    return errorCode ? { step: 'error', errorCode } : { step: 'unknown' };
  } catch {
    return { step: 'unknown' };
  }
}

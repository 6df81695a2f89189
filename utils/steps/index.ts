import { adfsFamily } from './adfs';
import { convergedFamily } from './converged';
import { shownErrorCodes } from './dom';
import { liveFamily } from './live';
import type { StepFamily, StepReading } from './types';

export type { StepFamily, StepId, StepReading } from './types';
export { stepIds } from './types';

/** The page families, tried in order; adding one is one import and one line here. */
export const stepFamilies: readonly StepFamily[] = [convergedFamily, liveFamily, adfsFamily];

/**
 * Which sign-in step a page shows. Reads element ids, names, visibility, shown error text and the inline
 * `$Config` as text; never an input's value. Never throws: a broken page reads as `unknown`.
 */
export function readSignInStep(document: Document, url: string | URL): StepReading {
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    for (const family of stepFamilies) {
      const reading = family.read(document, parsed);
      if (reading) return reading;
    }
    const errorCode = shownErrorCodes(document)[0];
    return errorCode ? { step: 'error', errorCode } : { step: 'unknown' };
  } catch {
    return { step: 'unknown' };
  }
}

import { adfsFamily } from './adfs';
import { convergedFamily } from './converged';
import { readStep } from './index';
import { liveFamily } from './live';
import type { StepFamily, StepReading } from './types';

/** The sign-in page families, tried in order; adding one is one import and one line here. */
export const signInFamilies: readonly StepFamily[] = [convergedFamily, liveFamily, adfsFamily];

/** Which step a sign-in page shows (see {@link readStep}). */
export function readSignInStep(document: Document, url: string | URL): StepReading {
  return readStep(document, url, signInFamilies);
}

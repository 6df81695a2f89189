import { adfsFamily } from './adfs';
import { readConsent } from './consent';
import { convergedFamily } from './converged';
import { readStep } from './index';
import { liveFamily } from './live';
import type { StepFamily, StepReading } from './types';

/** A family whose consent readings also carry what the page shows about the app (only sign-in pages ask for consent). */
function withConsentDetails(family: StepFamily): StepFamily {
  return {
    id: family.id,
    read(document, url) {
      const reading = family.read(document, url);
      const consent = reading?.step === 'consent' ? readConsent(document) : undefined;
      return consent ? { ...reading!, consent } : reading;
    },
  };
}

/** The sign-in page families, tried in order; adding one is one import and one line here. */
export const signInFamilies: readonly StepFamily[] = [convergedFamily, liveFamily, adfsFamily].map(withConsentDetails);

/** Which step a sign-in page shows (see {@link readStep}). */
export function readSignInStep(document: Document, url: string | URL): StepReading {
  return readStep(document, url, signInFamilies);
}

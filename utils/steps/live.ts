import { anyShown, shownErrorCodes } from './dom';
import type { StepFamily, StepId, StepReading } from './types';

/**
 * Element markers of the redesigned personal-account pages (login.live.com, 2025), checked in this order.
 * `#usernameEntry`, `#passwordEntry` and the `data-testid` buttons are documented in
 * ../../shared/microsoft-sign-in-facts.md; the code, stay-signed-in and locked markers lean on standard
 * attributes (`autocomplete="one-time-code"`) and are matched by our fixtures only.
 */
const shownMarkers: readonly (readonly [StepId, string])[] = [
  ['locked', '#accountLocked'],
  ['verification', '#codeEntry, input[autocomplete="one-time-code"]'],
  ['password', '#passwordEntry'],
  ['stay-signed-in', '#kmsiCheckbox'],
  ['account', '#usernameEntry'],
];

/** Only this family's own ids and test ids say a page is one of ours; generic attributes do not. */
const familyMarkers = '#usernameEntry, #passwordEntry, #codeEntry, #kmsiCheckbox, #accountLocked, [data-testid="primaryButton"]';

/** The redesigned login.live.com pages: a single-page app with `#usernameEntry`, `#passwordEntry` and test ids. */
export const liveFamily: StepFamily = {
  id: 'live',
  read(document): StepReading | undefined {
    if (!document.querySelector(familyMarkers)) return undefined;
    const step = shownMarkers.find(([, selector]) => anyShown(document, selector))?.[0];
    const errorCode = shownErrorCodes(document)[0];
    if (!step) return errorCode ? { step: 'error', errorCode } : { step: 'unknown' };
    return errorCode ? { step, errorCode } : { step };
  },
};

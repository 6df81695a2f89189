import { anyShown, shownErrorCodes } from './dom';
import type { MethodId, StepFamily, StepId, StepReading } from './types';

/*
 * The redesigned personal-account pages (login.live.com, since 2025): a single-page app whose views carry test ids.
 * `#usernameEntry`, `#passwordEntry` and `[data-testid=primaryButton]` come from the pages as password managers
 * and scripts see them; the other test ids from TheNetsky/Microsoft-Rewards-Script (`src/browser/auth/Login.ts`
 * and `methods/*.ts`, checked 2026-12-02), which signs in to these pages: `tile` (sign-in options), `codeEntry`,
 * `codeInputWrapper`, `#otc-confirmation-input`, `form[name=OneTimeCodeViewForm]` (code entry), `identityBanner`
 * with a primary button and no password ("get a code"), `displaySign` (the number to match),
 * `deviceShieldCheckmarkVideo` (approve in the app), `biometricVideo` and `registrationImg` (the passkey prompt),
 * `kmsiVideo` (stay signed in). The code, stay-signed-in and locked markers of the first redesign lean on
 * standard attributes (`autocomplete="one-time-code"`) and our own fixtures.
 */

/** Each view, checked in this order: the first shown one names the step (and, where it tells, the method). */
const views: readonly (readonly [StepId, string, MethodId?])[] = [
  ['locked', '#accountLocked'],
  ['verification', '[data-testid="displaySign"], #displaySign', 'number-match'],
  ['verification', '[data-testid="deviceShieldCheckmarkVideo"]', 'app-notification'],
  [
    'verification',
    '[data-testid="codeEntry"], [data-testid="codeInputWrapper"], #otc-confirmation-input, form[name="OneTimeCodeViewForm"], #codeEntry, input[autocomplete="one-time-code"]',
    'code',
  ],
  ['security-setup', '[data-testid="biometricVideo"], [data-testid="registrationImg"]', 'passkey'],
  ['password', '#passwordEntry, [data-testid="passwordEntry"]'],
  ['stay-signed-in', '#kmsiCheckbox, [data-testid="kmsiVideo"]'],
  ['sign-in-options', '[data-testid="tile"]'],
  ['account', '#usernameEntry'],
];

/** Only this family's own ids and test ids say a page is one of ours; generic attributes do not. */
const familyMarkers = [
  ...views.flatMap(([, selector]) => selector.split(', ')).filter((part) => !part.includes('autocomplete')),
  '[data-testid="primaryButton"], [data-testid="identityBanner"]',
].join(', ');

function readView(document: Document): Omit<StepReading, 'errorCode'> | undefined {
  const view = views.find(([, selector]) => anyShown(document, selector));
  if (view) return view[2] ? { step: view[0], method: view[2] } : { step: view[0] };
  // "Get a code to sign in": the account shown in the banner, a primary button, no password field.
  if (anyShown(document, '[data-testid="identityBanner"]') && anyShown(document, '[data-testid="primaryButton"]')) {
    return { step: 'verification', method: 'code' };
  }
  return undefined;
}

/** The redesigned login.live.com pages: a single-page app with `#usernameEntry`, `#passwordEntry` and test ids. */
export const liveFamily: StepFamily = {
  id: 'live',
  read(document): StepReading | undefined {
    if (!document.querySelector(familyMarkers)) return undefined;
    const view = readView(document);
    const errorCode = shownErrorCodes(document)[0];
    if (!view) return errorCode ? { step: 'error', errorCode } : { step: 'unknown' };
    return errorCode ? { ...view, errorCode } : view;
  },
};

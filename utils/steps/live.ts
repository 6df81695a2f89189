import { challengeMarkers } from './challenge';
import { anyShown, shownErrorCodes } from './dom';
import type { MethodId, StepFamily, StepId, StepReading } from './types';

/*
 * The redesigned personal-account pages (login.live.com, since 2025): a single-page app whose views carry test ids.
 * `#usernameEntry`, `#passwordEntry` and `[data-testid=primaryButton]` come from the pages as password managers
 * and scripts see them; the other test ids from TheNetsky/Microsoft-Rewards-Script (`src/browser/auth/Login.ts`
 * and `methods/*.ts`, checked 2026-12-02; `RecoveryEmailLogin.ts` 2026-12-07), which signs in to these pages:
 * `tile` (sign-in options), `codeEntry`, `codeInputWrapper`, `#otc-confirmation-input`,
 * `form[name=OneTimeCodeViewForm]` (code entry), `#proof-confirmation-email-input` / `proof-confirmation` ("verify
 * your email" before a code is sent), `identityBanner` with a primary button and no password ("get a code"),
 * `displaySign` (the number to match), `deviceShieldCheckmarkVideo` (approve in the app), `biometricVideo` and
 * `registrationImg` (the passkey prompt), `kmsiVideo` (stay signed in). Confidence high for these.
 * Added 2026-12-07, each seen in public code that drives these pages (confidence in brackets):
 * - the six boxes `#codeEntry-0` … `#codeEntry-5` of the newer code entry (several public Outlook sign-in bots,
 *   "Fluent" UI, with `input[id^="codeEntry-"]`) [medium]; `#proof-confirmation-code-input` [low];
 * - `kmsiImage` (the image fallback of stay signed in: Disaster-Terminator/ms-rewards-automator
 *   `src/login/handlers/stay_signed_in_handler.py`) [medium]; the 2024 view's `#acceptButton` (public scripts keyed
 *   to login.live.com's `/login.srf`, vishal00074/automationTestingScript) [medium]; the text-only view, known
 *   only as a primary button beside `[data-testid=secondaryButton]` with no field (a public Outlook bot's
 *   `is_kmsi_page`) [low: read only when nothing else matches];
 * - `[data-testid=appConsentPrimaryButton]`, the consent view's accept (many public OAuth scripts) [high], and its
 *   title `[data-testid=appConsentTitle]` ("Let this app access your info?", a public Outlook sign-up bot's
 *   `is_let_this_app_access_your_info_page`, checked 2026-12-08) [medium];
 * - the human check: `#px-captcha` and frames from `hsprotect.net` (HUMAN "press and hold"), `iframe#enforcementFrame`
 *   and `iframe[data-testid=humanCaptchaIframe]` (Arkose), in public Outlook bots and Light60-1/Microsoft-Rewards-Rewi
 *   [medium];
 * - the 2024 push view's buttons `[aria-describedby~=confirmSendTitle]` and `[aria-describedby~=pushNotificationsTitle]`
 *   (TheNetsky/Microsoft-Rewards-Script history, 2024-07 to 2025-11) [medium].
 * The code, stay-signed-in and locked markers of the first redesign lean on standard attributes
 * (`autocomplete="one-time-code"`) and our own fixtures. `aria-hidden` animations count as shown (see `isShown`).
 */

/** Each view, checked in this order: the first shown one names the step (and, where it tells, the method). */
const views: readonly (readonly [StepId, string, MethodId?])[] = [
  ['challenge', challengeMarkers],
  ['locked', '#accountLocked'],
  ['consent', '[data-testid="appConsentPrimaryButton"], [data-testid="appConsentTitle"]'],
  ['verification', '[data-testid="displaySign"], #displaySign', 'number-match'],
  [
    'verification',
    '[data-testid="deviceShieldCheckmarkVideo"], button[aria-describedby~="confirmSendTitle"], button[aria-describedby~="pushNotificationsTitle"]',
    'app-notification',
  ],
  [
    'verification',
    '[data-testid="codeEntry"], [data-testid="codeInputWrapper"], #otc-confirmation-input, form[name="OneTimeCodeViewForm"], #codeEntry, [id^="codeEntry-"], #proof-confirmation-email-input, [data-testid="proof-confirmation"], #proof-confirmation-code-input, input[autocomplete="one-time-code"]',
    'code',
  ],
  ['security-setup', '[data-testid="biometricVideo"], [data-testid="registrationImg"]', 'passkey'],
  ['password', '#passwordEntry, [data-testid="passwordEntry"]'],
  ['stay-signed-in', '#kmsiCheckbox, [data-testid="kmsiVideo"], [data-testid="kmsiImage"], #acceptButton'],
  ['sign-in-options', '[data-testid="tile"]'],
  ['account', '#usernameEntry'],
];

/** Only this family's own ids and test ids say a page is one of ours; generic attributes do not. */
const familyMarkers = [
  ...views.flatMap(([, selector]) => selector.split(', ')).filter((part) => !part.includes('autocomplete')),
  '[data-testid="primaryButton"], [data-testid="identityBanner"], [data-testid="secondaryButton"]',
].join(', ');

const textFields = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="checkbox"]), select, textarea';

function readView(document: Document): Omit<StepReading, 'errorCode'> | undefined {
  const view = views.find(([, selector]) => anyShown(document, selector));
  if (view) return view[2] ? { step: view[0], method: view[2] } : { step: view[0] };
  if (!anyShown(document, '[data-testid="primaryButton"]')) return undefined;
  const secondButton = anyShown(document, '[data-testid="secondaryButton"]');
  // "Get a code to sign in": the account shown in the banner, one primary button, no password field.
  if (anyShown(document, '[data-testid="identityBanner"]') && !secondButton) return { step: 'verification', method: 'code' };
  // The text-only "stay signed in?": yes and no, and nothing to fill in.
  if (secondButton && !anyShown(document, textFields)) return { step: 'stay-signed-in' };
  return undefined;
}

/** The redesigned login.live.com pages: a single-page app with `#usernameEntry`, `#passwordEntry` and test ids. */
export const liveFamily: StepFamily = {
  id: 'live',
  read(document, url): StepReading | undefined {
    // account.live.com shares some of these ids (the code boxes, "verify your email") and has its own family.
    if (url.hostname === 'account.live.com' || !document.querySelector(familyMarkers)) return undefined;
    const view = readView(document);
    const errorCode = shownErrorCodes(document)[0];
    if (!view) return errorCode ? { step: 'error', errorCode } : { step: 'unknown' };
    return errorCode ? { ...view, errorCode } : view;
  },
};

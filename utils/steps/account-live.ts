import { challengeMarkers } from './challenge';
import { anyShown, anyShownWithText, shownErrorCodes } from './dom';
import type { MethodId, StepFamily, StepId, StepReading } from './types';

/**
 * account.live.com: the personal account's password reset, recovery form, security info, and the pages a personal
 * sign-in passes through (identity confirmation, "protect your account", a locked account). Markers, as public
 * tools that drive these pages name them (checked 2026-12-02):
 * - reacherhq/check-if-email-exists `core/src/smtp/outlook/headless.rs`: `/password/reset`, `#iSigninName`,
 *   `#resetPwdHipAction`, `#iSigninNameError`, `#pMemberNameErr` (unknown account), `#iSelectProofTitle`,
 *   `#iEnterVerification`;
 * - vishal00074/automationTestingScript: `#iProofList input[name="proof"]`, `input[name="iOttText"]`;
 * - TheNetsky/Microsoft-Rewards-Script `src/browser/auth/Login.ts`: `#serviceAbuseLandingTitle` (locked);
 * - seen only in public code whose repository the index does not name (so matched with a path or a second marker):
 *   `#iVerifyText`, `#iPassword` + `#iRetypePassword`, `#iResetSuccessAction`, `#iShowSkip`, and the recovery
 *   form's `#AccountNameInput` (also in veerblox123/Minecraft-password-changer) and `#iCMailInput`.
 * Added 2026-12-07 (confidence in brackets):
 * - interrupts by path: `/interrupt/passkey/enroll` (passkey enrolment with "Skip for now", then
 *   login.microsoft.com/consumers/fido/create: QuestPilot/Microsoft-Rewards-Bot `src/automation/auth/AuthManager.ts`,
 *   and other public bots) [high]; `/interrupt/credentialaction` and `/proofs/remind` with `#iLooksGood` ("is your
 *   security info still accurate?", public Outlook bots, vishal00074/automationTestingScript) [medium];
 * - "protect your account" without skip: `#EmailAddress` then `#iOttText` with `#iNext` (a public Outlook bot's
 *   `controllers/recovery_bind`) [medium]; adding a recovery address at `/proofs/add` with
 *   `#proof-confirmation-email-input` (a public `classify_outlook_page` test) [medium];
 * - identity confirmation by the app, `#iPollSessionDesc` in `.confirmIdentityPageControl`, and by typing the hidden
 *   part of the address or number, `input[name=ProofConfirmation]`, `#iProofPhoneEntry`, `#iConfirmProofEmailDomain`
 *   (vishal00074/automationTestingScript `helpers/common.php`, 2025) [medium];
 * - verification before a password change at `/password/change`: `#proof-confirmation-email-input`, then the six
 *   boxes `#codeEntry-0` … `#codeEntry-5` (public code driving that page) [medium].
 */
const verifyMarkers = '#iSelectProofTitle, #iProofList, #iEnterVerification, #iVerifyText, #iVerifyIdentityTitle, input[name="iOttText"]';
const newPasswordMarkers = '#iPassword, #iRetypePassword, #UpdatePasswordTitle';
const codeMarkers =
  'input[name="iOttText"], #iOttText, #iVerifyText, #iEnterVerification, [id^="codeEntry-"], #proof-confirmation-email-input, input[name="ProofConfirmation"], #iProofPhoneEntry, #iConfirmProofEmailDomain';

/** The method a verification page shows, checked in this order. */
const methods: readonly (readonly [MethodId, string])[] = [
  ['app-notification', '#iPollSessionDesc, .confirmIdentityPageControl'],
  ['code', codeMarkers],
  ['choose', '#iProofList, #iSelectProofTitle'],
];

function verification(document: Document): StepReading {
  const method = methods.find(([, selector]) => anyShown(document, selector))?.[0];
  return method ? { step: 'verification', method } : { step: 'verification' };
}

/** The reset flow (/password/reset, /ResetPassword.aspx), checked in this order. */
const resetSteps: readonly (readonly [StepId, (document: Document) => boolean])[] = [
  ['reset-unavailable', (document) => anyShownWithText(document, '#iSigninNameError, #pMemberNameErr')],
  ['reset-new-password', (document) => anyShown(document, newPasswordMarkers)],
  ['reset-verify', (document) => anyShown(document, verifyMarkers)],
  ['reset-account', (document) => anyShown(document, '#iSigninName')],
  ['reset-done', (document) => anyShown(document, '#iResetSuccessAction')],
];

/** Pages by path, each with the marker that must be shown; the first match names the step. */
const pathSteps: readonly (readonly [RegExp, StepReading, string])[] = [
  [/^\/acsr\b/i, { step: 'recovery-form' }, '#AccountNameInput, #iCMailInput, form'],
  [/^\/interrupt\/passkey\b/i, { step: 'security-setup', method: 'passkey' }, 'button, [role="button"], input[type="submit"]'],
  [/^\/interrupt\/credentialaction\b/i, { step: 'security-info' }, 'button, [role="button"], input[type="submit"]'],
  [/^\/password\/change\b/i, { step: 'password-change' }, newPasswordMarkers],
  [/^\/proofs\/add\b/i, { step: 'security-setup' }, 'input, button'],
  [/^\/proofs\//i, { step: 'security-info' }, 'main, form, [role="main"]'],
];

function readStepOf(document: Document, path: string): StepReading | undefined {
  if (anyShown(document, challengeMarkers)) return { step: 'challenge' };
  if (anyShown(document, '#serviceAbuseLandingTitle')) return { step: 'locked' };
  if (/^\/(password\/reset|resetpassword\.aspx)\b/i.test(path)) {
    return { step: resetSteps.find(([, shows]) => shows(document))?.[0] ?? 'unknown' };
  }
  if (anyShown(document, '#iLooksGood')) return { step: 'security-info' }; // "is your security info still accurate?"
  // "Protect your account": add recovery info, with a skip or (mandatory) without one.
  if (anyShown(document, '#iShowSkip, #EmailAddress')) return { step: 'security-setup' };
  // A code or the hidden part of an address before a password change, before the new password is asked.
  if (/^\/password\/change\b/i.test(path) && !anyShown(document, newPasswordMarkers) && anyShown(document, codeMarkers)) {
    return verification(document);
  }
  const byPath = pathSteps.find(([pattern]) => pattern.test(path));
  if (byPath) return anyShown(document, byPath[2]) ? byPath[1] : { step: 'unknown' };
  if (anyShown(document, `${verifyMarkers}, ${codeMarkers}, #iPollSessionDesc`)) return verification(document);
  return undefined;
}

/** account.live.com's reset, recovery, security-info and sign-in interrupt pages. */
export const accountLiveFamily: StepFamily = {
  id: 'account-live',
  read(document, url): StepReading | undefined {
    if (url.hostname !== 'account.live.com') return undefined;
    const reading = readStepOf(document, url.pathname) ?? { step: 'unknown' };
    const errorCode = shownErrorCodes(document)[0];
    return errorCode ? { ...reading, errorCode } : reading;
  },
};

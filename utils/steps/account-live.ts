import { anyShown, anyShownWithText, shownErrorCodes } from './dom';
import type { StepFamily, StepId, StepReading } from './types';

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
 */
const verifyMarkers = '#iSelectProofTitle, #iProofList, #iEnterVerification, #iVerifyText, #iVerifyIdentityTitle, input[name="iOttText"]';
const newPasswordMarkers = '#iPassword, #iRetypePassword, #UpdatePasswordTitle';

/** The reset flow (/password/reset, /ResetPassword.aspx), checked in this order. */
const resetSteps: readonly (readonly [StepId, (document: Document) => boolean])[] = [
  ['reset-unavailable', (document) => anyShownWithText(document, '#iSigninNameError, #pMemberNameErr')],
  ['reset-new-password', (document) => anyShown(document, newPasswordMarkers)],
  ['reset-verify', (document) => anyShown(document, verifyMarkers)],
  ['reset-account', (document) => anyShown(document, '#iSigninName')],
  ['reset-done', (document) => anyShown(document, '#iResetSuccessAction')],
];

/** Pages by path, each with the marker that must be shown; the first match names the step. */
const pathSteps: readonly (readonly [RegExp, StepId, string])[] = [
  [/^\/acsr\b/i, 'recovery-form', '#AccountNameInput, #iCMailInput, form'],
  [/^\/password\/change\b/i, 'password-change', newPasswordMarkers],
  [/^\/proofs\//i, 'security-info', 'main, form, [role="main"]'],
  [/^\/identity\/(confirm|check)\b/i, 'verification', verifyMarkers],
];

function readStepOf(document: Document, path: string): StepId | undefined {
  if (anyShown(document, '#serviceAbuseLandingTitle')) return 'locked';
  if (/^\/(password\/reset|resetpassword\.aspx)\b/i.test(path)) return resetSteps.find(([, shows]) => shows(document))?.[0] ?? 'unknown';
  if (anyShown(document, '#iShowSkip')) return 'security-setup'; // "protect your account": add recovery info, or skip
  const byPath = pathSteps.find(([pattern]) => pattern.test(path));
  if (byPath) return anyShown(document, byPath[2]) ? byPath[1] : 'unknown';
  if (anyShown(document, verifyMarkers)) return 'verification';
  return undefined;
}

/** account.live.com's reset, recovery, security-info and sign-in interrupt pages. */
export const accountLiveFamily: StepFamily = {
  id: 'account-live',
  read(document, url): StepReading | undefined {
    if (url.hostname !== 'account.live.com') return undefined;
    const step = readStepOf(document, url.pathname) ?? 'unknown';
    const errorCode = shownErrorCodes(document)[0];
    return errorCode ? { step, errorCode } : { step };
  },
};

import { anyShown, anyShownWithText, isErrorCode, shownErrorCodes } from './dom';
import { readPageConfig } from './page-config';
import type { MethodId, StepFamily, StepId, StepReading } from './types';

/*
 * The classic converged pages (Microsoft Entra ID, older login.live.com). The server sends `$Config` (with `pgid`)
 * and the page draws its views from it; the ids below are those views' elements as public tools that drive these
 * pages name them (checked 2026-12-02):
 * - aws-azure-login/aws-azure-login `src/login.ts`: `#idDiv_SAOTCAS_Description`, `#idRichContext_DisplaySign`
 *   (number match), `#idDiv_SAASTO_Description` / `#idDiv_SAASDS_Description` (push timed out / denied),
 *   `#idRemoteNGC_DisplaySign`, `input[name=otc]`, `#KmsiDescription`, `#aadTile` / `#msaTile`;
 * - recolic/daily-scripts `Microsoft_auto_login.user.js`: `#idDiv_SAOTCAS_Title`, `#idTxtBx_SAOTCC_OTC`,
 *   `#idA_PWD_SwitchToCredPicker`, `#signInAnotherWay`, `#skipMfaRegistrationLink`,
 *   `#idDiv_RemoteNGC_PollingDescription`;
 * - vishal00074/automationTestingScript: `#idDiv_SAOTCS_Proofs` (the method list), `#idSubmit_ProofUp_Redirect`;
 * - dirkjanm/ROADtools `roadtx/selenium.py`: the device-code page `/common/oauth2/deviceauth` with `input#otc`, and
 *   `#message` once done (the personal device login at login.live.com/oauth20_remoteconnect.srf uses the same box,
 *   in public Selenium scripts); mortenlj/userscripts: `[aria-describedby~="appConfirmTitle"]` ("are you trying to sign
 *   in to …?"); nathanmcnulty's `PasskeyLogin.ps1`: passkey sign-in at `login.microsoft.com/common/fido/get`;
 * - a copy of Entra's rendered "Sign-in options" view in public code: `#credentialList`, `[data-test-cred-id]`,
 *   `div[data-viewid="24"]`.
 * The device-code box is `input#otc`; the verification code box is `input[name=otc]` with another id: the path
 * tells them apart.
 */

/** How each method shows itself on the verification page, checked in this order. */
const methodMarkers: readonly (readonly [MethodId, string])[] = [
  ['choose', '#idDiv_SAOTCS_Proofs'],
  ['number-match', '#idRichContext_DisplaySign, #idRemoteNGC_DisplaySign'],
  [
    'app-notification',
    '#idDiv_SAOTCAS_Description, #idDiv_SAOTCAS_Title, #idDiv_SAASTO_Description, #idDiv_SAASTO_Title, #idDiv_SAASDS_Description, #idDiv_RemoteNGC_PollingDescription',
  ],
  ['code', '#idTxtBx_SAOTCC_OTC, input[name="otc"]'],
];

const verificationMarkers = methodMarkers.map(([, selector]) => selector).join(', ');

/** Element markers of the other steps, checked in this order after verification: the first shown one names the step. */
const shownMarkers: readonly (readonly [StepId, string])[] = [
  ['verification', verificationMarkers],
  ['sign-in-options', '#credentialList, [data-test-cred-id], div[data-viewid="24"]'],
  ['password-change', '#newPassword, #confirmNewPassword, #currentPassword'],
  ['password', '#i0118, input[name="passwd"]'],
  ['stay-signed-in', '#KmsiCheckboxField, #KmsiDescription'],
  ['security-setup', '#idSubmit_ProofUp_Redirect, #skipMfaRegistrationLink'],
  ['account-picker', '#tilesHolder, #aadTile, #msaTile'],
  ['account', '#i0116, input[name="loginfmt"]'],
];

/** What each page id means when no marker is shown (the page is between views, or loading). */
const stepsByPageId: Readonly<Record<string, StepId>> = {
  ConvergedSignIn: 'account',
  ConvergedTFA: 'verification',
  ConvergedProofUpRedirect: 'security-setup',
  KmsiInterrupt: 'stay-signed-in',
  ConvergedChangePassword: 'password-change',
  CmsiInterrupt: 'device-code',
  ConvergedError: 'error',
};

/** Error numbers that mean the account is locked (too many attempts) rather than a general error. */
const lockedCodes = new Set(['50053']);

const deviceCodePath = /\/oauth2\/deviceauth\b|^\/oauth20_remoteconnect\.srf/i; // work, and personal (login.live.com)
const passkeyPath = /\/fido\/(get|create)\b/i;
const deviceCodeMarkers = 'input#otc, #appConfirmTitle, [aria-describedby~="appConfirmTitle"]';
const familyMarkers = `${shownMarkers.map(([, selector]) => selector).join(', ')}, ${deviceCodeMarkers}, #usernameError, #passwordError`;
const inlineErrors = '#usernameError, #passwordError, #errorDescription, [role="alert"]';

function readShownStep(document: Document, url: URL): StepReading | undefined {
  if (anyShown(document, '#appConfirmTitle, [aria-describedby~="appConfirmTitle"]')) return { step: 'device-code' };
  if (deviceCodePath.test(url.pathname) && anyShown(document, 'input#otc, #message')) return { step: 'device-code' };
  const step = shownMarkers.find(([, selector]) => anyShown(document, selector))?.[0];
  if (step !== 'verification') return step ? { step } : undefined;
  const method = methodMarkers.find(([, selector]) => anyShown(document, selector))?.[0];
  return method ? { step, method } : { step };
}

/** The classic converged sign-in pages: `$Config.pgid` plus element ids such as `i0116` and `i0118`. */
export const convergedFamily: StepFamily = {
  id: 'converged',
  read(document, url): StepReading | undefined {
    const config = readPageConfig(document);
    const byPageId = config.pgid === undefined ? undefined : stepsByPageId[config.pgid];
    // Passkey sign-in (and registration) runs on its own path of login.microsoft.com; the browser draws the prompt.
    const passkey = passkeyPath.exec(url.pathname)?.[1];
    if (!byPageId && !passkey && !deviceCodePath.test(url.pathname) && !document.querySelector(familyMarkers)) return undefined;

    const codesOnScreen = shownErrorCodes(document);
    const errorShown = codesOnScreen.length > 0 || anyShownWithText(document, inlineErrors);
    const configCode = isErrorCode(config.errorCode) ? config.errorCode : undefined;
    const errorCode = errorShown ? (configCode ?? codesOnScreen[0]) : undefined;
    const withCode = (reading: StepReading): StepReading => (errorCode ? { ...reading, errorCode } : reading);

    if (errorCode && lockedCodes.has(errorCode)) return withCode({ step: 'locked' });
    const shown = readShownStep(document, url);
    if (shown) return withCode(shown);
    if (passkey) return withCode({ step: passkey === 'get' ? 'verification' : 'security-setup', method: 'passkey' });
    if (/^\/kmsi\b/i.test(url.pathname)) return withCode({ step: 'stay-signed-in' });
    // An error message with its code and no field left on screen is an error page, whatever the page id said.
    if (codesOnScreen.length > 0) return withCode({ step: 'error' });
    if (byPageId) return withCode({ step: byPageId });
    return errorCode ? withCode({ step: 'error' }) : undefined;
  },
};

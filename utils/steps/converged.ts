import { methodMarkers, readMethod } from './converged-methods';
import { anyShown, anyShownWithText, isErrorCode, shownErrorCodes } from './dom';
import { readPageConfig } from './page-config';
import type { StepFamily, StepId, StepReading } from './types';

/*
 * The classic converged pages (Microsoft Entra ID, older login.live.com). The server sends `$Config` (with `pgid`,
 * also in `<meta name="PageID">`) and the page draws its views from it; the ids below are those views' elements as
 * public tools that drive these pages name them (checked 2026-12-02, the 2026 additions 2026-12-07; confidence
 * high unless said):
 * - aws-azure-login/aws-azure-login `src/login.ts`: `#KmsiDescription`, `#aadTile` / `#msaTile`;
 * - recolic/daily-scripts `Microsoft_auto_login.user.js`: `#idA_PWD_SwitchToCredPicker`, `#skipMfaRegistrationLink`;
 * - vishal00074/automationTestingScript: `#idSubmit_ProofUp_Redirect`, `form[action="/kmsi"]`;
 * - dirkjanm/ROADtools `roadtx/selenium.py`: the device-code page `/common/oauth2/deviceauth` with `input#otc`, and
 *   `#message` once done (the personal device login at login.live.com/oauth20_remoteconnect.srf uses the same box,
 *   in public Selenium scripts); it also intercepts `/appverify`, the "are you trying to sign in to …?" page that
 *   native apps signing in through the browser get (Microsoft Graph blog, "Behavior change: confirmation dialog
 *   for native OAuth 2.0 applications"), so that page is `app-confirm`, and `device-code` only on a device-code
 *   path; mortenlj/userscripts: `[aria-describedby~="appConfirmTitle"]`; nathanmcnulty's `PasskeyLogin.ps1`:
 *   passkey sign-in at `login.microsoft.com/common/fido/get`;
 * - the 2025 device-code address `login.microsoft.com/device` (Azure CLI's and MSAL's `verification_uri`, quoted
 *   in many public READMEs and tests, 2025–2026) and `/oauth2/v2.0/deviceauth` (public scripts) — medium;
 * - a copy of Entra's rendered "Sign-in options" view in public code: `#credentialList`, `[data-test-cred-id]`,
 *   `div[data-viewid="24"]`; the knockout view names `login-credential-picker-view` and `proof-up-redirect-view`
 *   kept in `data-bind` by the same copies — medium;
 * - consent: page id `ConvergedConsent` (himmelblau-idm/libhimmelblau `src/auth.rs`; public PowerShell sign-in
 *   scripts), whose view has no id of its own (zaproxy/zap-extensions PR #7387, 2026-05: heading text only) — medium;
 * - certificate-based authentication runs on `certauth.login.microsoftonline.com` and `certauth.login.microsoftonline.us`
 *   (Learn: concept-certificate-based-authentication-technical-deep-dive, checked 2026-12-07) — high;
 * - Microsoft's documented branding classes (Learn: reference-company-branding-css-template, 2025-12):
 *   `.ext-sign-in-box` says the page is Entra's, `.ext-error` holds an inline error — high.
 * The device-code box is `input#otc`; the verification code box is `input[name=otc]` with another id: the path
 * tells them apart.
 */

const verificationMarkers = methodMarkers.map(([, selector]) => selector).join(', ');

/** Element markers of the other steps, checked in this order after verification: the first shown one names the step. */
const shownMarkers: readonly (readonly [StepId, string])[] = [
  ['verification', verificationMarkers],
  ['sign-in-options', '#credentialList, [data-test-cred-id], div[data-viewid="24"], [data-bind*="login-credential-picker-view"]'],
  ['password-change', '#newPassword, #confirmNewPassword, #currentPassword'],
  ['password', '#i0118, input[name="passwd"]'],
  ['stay-signed-in', '#KmsiCheckboxField, #KmsiDescription'],
  ['security-setup', '#idSubmit_ProofUp_Redirect, #skipMfaRegistrationLink, [data-bind*="proof-up-redirect-view"]'],
  ['account-picker', '#tilesHolder, #aadTile, #msaTile'],
  ['account', '#i0116, input[name="loginfmt"]'],
];

/** What each page id means when no marker is shown (the page is between views, or loading). */
const stepsByPageId: Readonly<Record<string, StepId>> = {
  CmsiInterrupt: 'app-confirm',
  ConvergedChangePassword: 'password-change',
  ConvergedConsent: 'consent',
  ConvergedError: 'error',
  ConvergedProofUpRedirect: 'security-setup',
  ConvergedSignIn: 'account',
  ConvergedTFA: 'verification',
  KmsiInterrupt: 'stay-signed-in',
};

/** Error numbers that mean the account is locked (too many attempts) rather than a general error. */
const lockedCodes = new Set(['50053']);

// Work (both protocol versions, and the 2025 short address), and personal (login.live.com).
const deviceCodePath = /\/oauth2\/(?:v2\.0\/)?deviceauth\b|^\/device\/?$|^\/oauth20_remoteconnect\.srf/i;
const passkeyPath = /\/fido\/(get|create)\b/i;
const appConfirmMarkers = '#appConfirmTitle, [aria-describedby~="appConfirmTitle"]';
const familyMarkers = `${shownMarkers.map(([, selector]) => selector).join(', ')}, input#otc, ${appConfirmMarkers}, #usernameError, #passwordError, .ext-sign-in-box`;
const inlineErrors = '#usernameError, #passwordError, #errorDescription, .ext-error, [role="alert"]';
const isCertificateHost = (host: string) => host.startsWith('certauth.');

function readShownStep(document: Document, url: URL, config: ReturnType<typeof readPageConfig>): StepReading | undefined {
  const onDeviceCodePath = deviceCodePath.test(url.pathname);
  if (anyShown(document, appConfirmMarkers)) return { step: onDeviceCodePath ? 'device-code' : 'app-confirm' };
  if (onDeviceCodePath && anyShown(document, 'input#otc, #message')) return { step: 'device-code' };
  const step = shownMarkers.find(([, selector]) => anyShown(document, selector))?.[0];
  if (step !== 'verification') return step ? { step } : undefined;
  const method = readMethod(document, config);
  return method ? { step, method } : { step };
}

/** The classic converged sign-in pages: `$Config.pgid` (or the `PageID` meta) plus element ids such as `i0116`. */
export const convergedFamily: StepFamily = {
  id: 'converged',
  read(document, url): StepReading | undefined {
    const config = readPageConfig(document);
    const pageStep = config.pgid === undefined ? undefined : stepsByPageId[config.pgid];
    const byPageId = pageStep === 'app-confirm' && deviceCodePath.test(url.pathname) ? 'device-code' : pageStep;
    // Passkey sign-in (and registration) runs on its own path of login.microsoft.com; the browser draws the prompt.
    const passkey = passkeyPath.exec(url.pathname)?.[1];
    const certificate = isCertificateHost(url.hostname);
    const claimed = byPageId || passkey || certificate || deviceCodePath.test(url.pathname);
    if (!claimed && !document.querySelector(familyMarkers)) return undefined;

    const codesOnScreen = shownErrorCodes(document);
    const errorShown = codesOnScreen.length > 0 || anyShownWithText(document, inlineErrors);
    const configCode = isErrorCode(config.errorCode) ? config.errorCode : undefined;
    const errorCode = errorShown ? (configCode ?? codesOnScreen[0]) : undefined;
    const withCode = (reading: StepReading): StepReading => (errorCode ? { ...reading, errorCode } : reading);

    if (errorCode && lockedCodes.has(errorCode)) return withCode({ step: 'locked' });
    // The certificate host asks the browser for a certificate (or smart card) and posts the result on.
    if (certificate) return withCode(codesOnScreen.length > 0 ? { step: 'error' } : { step: 'verification', method: 'certificate' });
    const shown = readShownStep(document, url, config);
    if (shown) return withCode(shown);
    if (passkey) return withCode({ step: passkey === 'get' ? 'verification' : 'security-setup', method: 'passkey' });
    if (/^\/kmsi\b/i.test(url.pathname) || config.postPath === '/kmsi') return withCode({ step: 'stay-signed-in' });
    // An error message with its code and no field left on screen is an error page, whatever the page id said.
    if (codesOnScreen.length > 0) return withCode({ step: 'error' });
    if (byPageId) return withCode({ step: byPageId });
    return errorCode ? withCode({ step: 'error' }) : undefined;
  },
};

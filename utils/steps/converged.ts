import { anyShown, anyShownWithText, isErrorCode, shownErrorCodes } from './dom';
import { readPageConfig } from './page-config';
import type { StepFamily, StepId, StepReading } from './types';

/**
 * Element markers of the classic converged pages (Microsoft Entra ID, older login.live.com), checked in this
 * order: the first shown one names the step. Markers from ../../shared/microsoft-sign-in-facts.md.
 */
const shownMarkers: readonly (readonly [StepId, string])[] = [
  ['verification', '#idDiv_SAOTCS_Proofs, #idTxtBx_SAOTCC_OTC, input[name="otc"], #idRichContext_DisplaySign'],
  ['password-change', '#newPassword, #confirmNewPassword, #currentPassword'],
  ['password', '#i0118, input[name="passwd"]'],
  ['stay-signed-in', '#KmsiCheckboxField'],
  ['security-setup', '#idSubmit_ProofUp_Redirect'],
  ['account-picker', '#tilesHolder'],
  ['account', '#i0116, input[name="loginfmt"]'],
];

/** What each page id means when no marker is shown (the page is between views, or loading). */
const stepsByPageId: Readonly<Record<string, StepId>> = {
  ConvergedSignIn: 'account',
  ConvergedTFA: 'verification',
  ConvergedProofUpRedirect: 'security-setup',
  KmsiInterrupt: 'stay-signed-in',
  ConvergedChangePassword: 'password-change',
  ConvergedError: 'error',
};

/** Error numbers that mean the account is locked (too many attempts) rather than a general error. */
const lockedCodes = new Set(['50053']);

const familyMarkers = `${shownMarkers.map(([, selector]) => selector).join(', ')}, #usernameError, #passwordError`;
const inlineErrors = '#usernameError, #passwordError, #errorDescription, [role="alert"]';

/** The classic converged sign-in pages: `$Config.pgid` plus element ids such as `i0116` and `i0118`. */
export const convergedFamily: StepFamily = {
  id: 'converged',
  read(document, url): StepReading | undefined {
    const config = readPageConfig(document);
    const byPageId = config.pgid === undefined ? undefined : stepsByPageId[config.pgid];
    if (!byPageId && !document.querySelector(familyMarkers)) return undefined;

    const codesOnScreen = shownErrorCodes(document);
    const errorShown = codesOnScreen.length > 0 || anyShownWithText(document, inlineErrors);
    const configCode = isErrorCode(config.errorCode) ? config.errorCode : undefined;
    const errorCode = errorShown ? (configCode ?? codesOnScreen[0]) : undefined;
    const withCode = (step: StepId): StepReading => (errorCode ? { step, errorCode } : { step });

    if (errorCode && lockedCodes.has(errorCode)) return withCode('locked');
    const byMarker = shownMarkers.find(([, selector]) => anyShown(document, selector))?.[0];
    if (byMarker) return withCode(byMarker);
    if (/^\/kmsi\b/i.test(url.pathname)) return withCode('stay-signed-in');
    // An error message with its code and no field left on screen is an error page, whatever the page id said.
    if (codesOnScreen.length > 0) return withCode('error');
    if (byPageId) return withCode(byPageId);
    return errorCode ? withCode('error') : undefined;
  },
};

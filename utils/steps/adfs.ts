import { anyShown, anyShownWithText, shownErrorCodes } from './dom';
import type { StepFamily, StepReading } from './types';

/**
 * AD FS sign-in pages an organization runs itself (under `/adfs/ls/`, listed by the organization's policy):
 * `#userNameInput`, `#passwordInput` and `#submitButton`, as in ../../shared/microsoft-sign-in-facts.md.
 * AD FS usually asks for username and password on one form, so a shown password box means the password step.
 */
export const adfsFamily: StepFamily = {
  id: 'adfs',
  read(document, url): StepReading | undefined {
    if (!url.pathname.toLowerCase().startsWith('/adfs/') || !document.querySelector('#userNameInput, #passwordInput')) return undefined;
    const errorCode = shownErrorCodes(document)[0];
    if (errorCode) return { step: 'error', errorCode };
    if (anyShown(document, '#passwordInput')) return { step: 'password' };
    if (anyShown(document, '#userNameInput')) return { step: 'account' };
    return anyShownWithText(document, '#errorText') ? { step: 'error' } : { step: 'unknown' };
  },
};

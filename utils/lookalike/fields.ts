import { anyMatches } from './scope';
import type { SignalDetector } from './types';

/**
 * The ids and names of Microsoft's sign-in form fields, checked 2026-12-07:
 * - converged sign-in (login.microsoftonline.com, login.live.com): `i0116`/`loginfmt`, `i0118`/`passwd`, `idSIButton9`,
 *   `idBtn_Back`, `i0281`, `idA_PWD_ForgotPassword`, `PPFT`, `idTxtBx_SAOTCC_OTC`, `KmsiCheckboxField`,
 *   `idDiv_PWD_UsernameExample` (the step readers cite their sources: utils/steps/converged.ts);
 * - the redesigned personal sign-in: `usernameEntry`, `passwordEntry` (utils/steps/live.ts);
 * - the 2016-era sign-in: `cred_userid_inputtext`, `cred_password_inputtext`, `cred_sign_in_button`,
 *   `cred_keep_me_signed_in_checkbox`, `login_no_script_panel`, `background_branding_container` and the `PPSX` field
 *   (public automation scripts of that time, e.g. Selenium and CasperJS Office 365 logins, and saved copies of the
 *   page in public kit collections);
 * - AD FS's forms sign-in: `userNameInput`, `passwordInput`, `submitButton` (utils/steps/adfs.ts).
 * A single one proves little (an input named `passwd` is common); two distinct ones on one page are strong.
 */
export const signInFieldIds: readonly string[] = [
  'KmsiCheckboxField',
  'background_branding_container',
  'cred_keep_me_signed_in_checkbox',
  'cred_password_inputtext',
  'cred_sign_in_button',
  'cred_userid_inputtext',
  'i0116',
  'i0118',
  'i0281',
  'idA_PWD_ForgotPassword',
  'idBtn_Back',
  'idDiv_PWD_UsernameExample',
  'idSIButton9',
  'idTxtBx_SAOTCC_OTC',
  'login_no_script_panel',
  'passwordEntry',
  'passwordInput',
  'userNameInput',
  'usernameEntry',
];

/** The field names among the markers. */
export const signInFieldNames: readonly string[] = ['PPFT', 'PPSX', 'loginfmt', 'passwd'];

/** AD FS's ids are Microsoft's, but organizations run AD FS on their own hosts: they only count beside another. */
const adfsIds = new Set(['passwordInput', 'submitButton', 'userNameInput']);

const markers = [
  ...signInFieldIds.map((id) => `#${id}:is(input, button, form, a, div, span, label)`),
  ...signInFieldNames.map((name) => `input[name="${name}"]`),
];

/** Microsoft's own field ids and names on the page's elements: one of them (`sign-in-field`) or several (`sign-in-fields`). */
export const signInFields: SignalDetector = {
  reports: ['sign-in-field', 'sign-in-fields'],
  detect(evidence) {
    let found = 0;
    let adfsOnly = true;
    for (const [index, selector] of markers.entries()) {
      if (!anyMatches(evidence, selector)) continue;
      found += 1;
      if (!adfsIds.has(signInFieldIds[index] ?? '')) adfsOnly = false;
    }
    if (found >= 2 && !adfsOnly) return ['sign-in-fields'];
    return found >= 1 && !adfsOnly ? ['sign-in-field'] : [];
  },
};

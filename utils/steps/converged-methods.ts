import { anyShown } from './dom';
import type { PageConfig } from './page-config';
import type { MethodId } from './types';

/*
 * How the converged verification page (ConvergedTFA, and the passwordless views of ConvergedSignIn) shows its
 * method. Each marker with its public source and our confidence (checked 2026-12-07):
 * - `#idDiv_SAOTCS_Proofs`, the method list: vishal00074/automationTestingScript `helpers/common.php` (2025) — high;
 * - `#idRichContext_DisplaySign`, `#idRemoteNGC_DisplaySign`, the number to match: aws-azure-login/aws-azure-login
 *   `src/login.ts` and its PR #369 (2026-08-29) — high;
 * - `#idDiv_SAOTCAS_*`, `#idDiv_SAASTO_*`, `#idDiv_SAASDS_*` (approve, timed out, denied): aws-azure-login
 *   `src/login.ts` — high; `#idDiv_RemoteNGC_PageDescription` (Authenticator passwordless before sending, "request
 *   denied", "couldn't send") and `#idDiv_RemoteNGC_PollingDescription`: several public Rust and JS sign-in tools
 *   (`handle_remote_ngc_denied_next`, `handle_ngc_error_use_password`) and recolic/daily-scripts — medium;
 * - knockout view names kept in `data-bind` (`session-approval-view`, `otc-confirm-view`): copies of Entra's
 *   rendered TFA views in public code (2022 captures; the names still match the 2026 ids) — medium;
 * - the code view's hidden `input[name=mfaAuthMethod]` (`PhoneAppOTP`, `OneWaySMS`, `TwoWayVoiceMobile`,
 *   `TwoWayVoiceOffice`, `PhoneAppNotification`): vishal00074/automationTestingScript
 *   `sample_automation_scripts/08-09-2025/clickup.php` (`TwoWayVoiceOffice` with `#idDiv_SAOTCC_Description`, no
 *   code box) and autofill tests on saved Entra pages — medium; the method icon's file name
 *   (`picker_verify_call_*`, `picker_verify_sms_*`) from the same copies — low, used only beside the others;
 * - `arrUserProofs[].isDefault`'s `authMethodId`: Versent/saml2aws `pkg/provider/aad/aad.go` — high for the field,
 *   low as a reading of the view (the person may have switched methods), so only the last resort.
 * - the Temporary Access Pass box `input[name=accesspass]`: the field name the sign-in form posts a TAP under, with
 *   `login`/`loginfmt`, in himmelblau-idm/libhimmelblau `src/auth.rs` (`exchange_accesspass_for_auth_code_internal`,
 *   78bce95, 2026-07; it learns of the TAP from `GetCredentialType`'s `HasAccessPass` and prompts "Enter Temporary
 *   Access Pass") and nathanmcnulty/nathanmcnulty `Entra/passkeys/Get-ESTSAuthCookieViaTAP.ps1` (`accesspass`,
 *   `ps=56`), checked 2026-12-08 — medium: the view's markup itself is in no public code, and its box is read by the
 *   name it posts under, as the password box is (`passwd`).
 * The hidden input is matched by a selector on its server-written `value` attribute: it is not a field anyone
 * types in, and no typed value is read.
 */

/** How each method shows itself on the verification page, checked in this order. */
export const methodMarkers: readonly (readonly [MethodId, string])[] = [
  ['access-pass', 'input[name="accesspass" i]'],
  ['choose', '#idDiv_SAOTCS_Proofs'],
  ['number-match', '#idRichContext_DisplaySign, #idRemoteNGC_DisplaySign'],
  [
    'app-notification',
    '#idDiv_SAOTCAS_Description, #idDiv_SAOTCAS_Title, #idDiv_SAASTO_Description, #idDiv_SAASTO_Title, #idDiv_SAASDS_Description, #idDiv_RemoteNGC_PollingDescription, #idDiv_RemoteNGC_PageDescription, [data-bind*="session-approval-view"]',
  ],
  ['code', '#idTxtBx_SAOTCC_OTC, input[name="otc"], #idDiv_SAOTCC_Title, #idDiv_SAOTCC_Description, [data-bind*="otc-confirm-view"]'],
];

const codeBoxes = '#idTxtBx_SAOTCC_OTC, input[name="otc"]:not(#otc)';

/** Which proof the hidden method input or the method icon names, if any. */
function namedProof(document: Document): 'text' | 'call' | 'app-code' | 'push' | undefined {
  const input = (values: string) =>
    values
      .split(' ')
      .map((value) => `input[name="mfaAuthMethod"][value${value}]`)
      .join(', ');
  if (document.querySelector(input('^="TwoWayVoice"'))) return 'call';
  if (document.querySelector(input('="OneWaySMS" ="TwoWaySMS"'))) return 'text';
  if (document.querySelector(input('="PhoneAppOTP" ="SoftwareTokenOTP"'))) return 'app-code';
  if (document.querySelector(input('="PhoneAppNotification" ="CompanionAppsNotification"'))) return 'push';
  if (anyShown(document, 'img[src*="picker_verify_call"]')) return 'call';
  if (anyShown(document, 'img[src*="picker_verify_sms"]')) return 'text';
  return undefined;
}

const defaultProofs: Readonly<Record<string, 'text' | 'call' | 'app-code'>> = {
  OneWaySMS: 'text',
  TwoWayVoiceMobile: 'call',
  TwoWayVoiceAlternateMobile: 'call',
  TwoWayVoiceOffice: 'call',
  PhoneAppOTP: 'app-code',
};

/**
 * The code view serves both a code to type and a two-way wait (a phone call: the same title and description, no
 * code box). With a box: `text` when the page names a text message, else `code`. Without one: `phone-call` when it
 * names a call, `app-notification` for the app, else no method (general help, never a wrong one).
 */
function codeViewMethod(document: Document, config: PageConfig): MethodId | undefined {
  const proof = namedProof(document) ?? (config.defaultProof ? defaultProofs[config.defaultProof] : undefined);
  if (anyShown(document, codeBoxes)) return proof === 'text' ? 'text' : 'code';
  if (proof === 'call') return 'phone-call';
  if (proof === 'push') return 'app-notification';
  return undefined;
}

/** The method the verification page shows, or `undefined` when it does not say which. */
export function readMethod(document: Document, config: PageConfig): MethodId | undefined {
  const method = methodMarkers.find(([, selector]) => anyShown(document, selector))?.[0];
  return method === 'code' ? codeViewMethod(document, config) : method;
}

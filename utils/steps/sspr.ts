import { anyShown, isShown, shownErrorCodes, shownTextMatches } from './dom';
import type { StepFamily, StepId, StepReading } from './types';

/**
 * Microsoft Entra self-service password reset (passwordreset.microsoftonline.com, .us, and 21Vianet's host). No
 * public source names this app's element ids (checked 2026-12-02: automation tools, password-manager issues,
 * Microsoft's docs), so this family reads what any form must render: the input types and the autocomplete hints
 * browsers need, in the order of the flow Microsoft documents ("Who are you?" with the user id and a picture
 * code, then one or two verification steps, then the new password; Learn: concept-sspr-howitworks), and the
 * `SSPR_00nn` support codes of its "you can't reset" pages (Learn: troubleshoot-sspr). Anything else reads
 * `unknown`, which gets general reset help for the cloud: never a guessed step.
 */
const ssprCode = /\bSSPR_\d{4}\b/;
const fields = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]), select, textarea';
const shownCount = (document: Document, selector: string) => [...document.querySelectorAll(selector)].filter(isShown).length;

const steps: readonly (readonly [StepId, (document: Document) => boolean])[] = [
  ['reset-unavailable', (document) => shownTextMatches(document, ssprCode)],
  ['reset-new-password', (document) => shownCount(document, 'input[type="password"]') >= 2],
  [
    'reset-verify',
    (document) => anyShown(document, 'input[type="radio"], input[autocomplete="one-time-code"], input[inputmode="numeric"]'),
  ],
  ['reset-account', (document) => anyShown(document, 'input[autocomplete~="username"], input[type="email"]')],
  // Done: nothing left to fill in, no error, and a way back to sign in.
  ['reset-done', (document) => !anyShown(document, `${fields}, [role="alert"]`) && anyShown(document, 'a[href^="https://login."]')],
];

/** The self-service reset app on `passwordreset.*` hosts: read by input types, hints and its support codes. */
export const ssprFamily: StepFamily = {
  id: 'sspr',
  read(document, url): StepReading | undefined {
    if (!url.hostname.startsWith('passwordreset.')) return undefined;
    const errorCode = shownErrorCodes(document)[0];
    const step = steps.find(([, matches]) => matches(document))?.[0] ?? 'unknown';
    return errorCode ? { step, errorCode } : { step };
  },
};

import { anyMatches } from './scope';
import type { SignalDetector } from './types';

/**
 * The ids and names of Microsoft's sign-in forms, on actual form fields (a page that only mentions them in text or
 * a code sample has none): the converged page's `loginfmt` / `i0116`, `passwd` / `i0118`, `idSIButton9`, the
 * hidden `PPFT` token, and the redesigned personal page's `usernameEntry` / `passwordEntry`. Two of them make the
 * signal: a single common word (an input named `passwd`) is not enough.
 */
/** The element ids among the markers (inputs unless the selector below says otherwise). */
export const signInFieldIds: readonly string[] = [
  'i0116',
  'i0118',
  'i0281',
  'idA_PWD_ForgotPassword',
  'idSIButton9',
  'passwordEntry',
  'usernameEntry',
];

/** The input names among the markers. */
export const signInFieldNames: readonly string[] = ['PPFT', 'loginfmt', 'passwd'];

/** Buttons, links and forms carry some of the ids; the rest are inputs. */
const notInputs = new Set(['i0281', 'idA_PWD_ForgotPassword', 'idSIButton9']);

const markers = [
  ...signInFieldIds.map((id) => (notInputs.has(id) ? `#${id}` : `input#${id}`)),
  ...signInFieldNames.map((name) => `input[name="${name}"]`),
];

/** Microsoft's own field ids and names, at least two, on real inputs and buttons. */
export const signInFields: SignalDetector = {
  id: 'sign-in-fields',
  detect(evidence) {
    let found = 0;
    for (const selector of markers) if (anyMatches(evidence, selector)) found += 1;
    return found >= 2;
  },
};

import { anyMatches } from './scope';
import type { SignalDetector } from './types';

/**
 * The ids and names of Microsoft's sign-in forms, on actual form fields (a page that only mentions them in text or
 * a code sample has none): the converged page's `loginfmt` / `i0116`, `passwd` / `i0118`, `idSIButton9`, the
 * hidden `PPFT` token, and the redesigned personal page's `usernameEntry` / `passwordEntry`. Two of them make the
 * signal: a single common word (an input named `passwd`) is not enough.
 */
const markers = [
  'input[name="loginfmt"]',
  'input#i0116',
  'input[name="passwd"]',
  'input#i0118',
  '#idSIButton9',
  'input[name="PPFT"]',
  'input#usernameEntry',
  'input#passwordEntry',
  '#idA_PWD_ForgotPassword',
  '#i0281',
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

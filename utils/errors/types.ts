/** What one AADSTS error means for the person signing in, in plain words. */
export interface ErrorExplanation {
  /** The number after "AADSTS", as digits, e.g. '50126'. */
  code: string;
  /** Who can fix it: the person themselves, their IT admin, or the app's developer. */
  fixedBy: 'you' | 'admin' | 'app';
  /** One short sentence: what happened, for a non-technical person. */
  what: string;
  /** One or two short sentences: what the person can try now. */
  youCan: string;
  /** One short sentence the person can pass on to their IT desk. */
  tellIt: string;
}

/** Where these explanations come from. */
export const errorCodeSource = 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes';


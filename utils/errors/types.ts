import { sources } from '@/utils/links/sources';

/** The facts we keep for one AADSTS code; its words live in the locale files under `errors.e<code>`. */
export interface ErrorFacts {
  /** The number after "AADSTS", as digits, e.g. '50126'. */
  readonly code: string;
  /** Who can fix it: the person themselves, their IT admin, or the app's developer. */
  readonly fixedBy: 'you' | 'admin' | 'app';
}

/** What one AADSTS error means for the person signing in, in plain words, in their language. */
export interface ErrorExplanation extends ErrorFacts {
  /** One short sentence: what happened, for a non-technical person. */
  readonly what: string;
  /** One or two short sentences: what the person can try now. */
  readonly youCan: string;
  /** One short sentence the person can pass on to their IT desk. */
  readonly tellIt: string;
}

/** Where these explanations come from. */
export const errorCodeSource = sources.errorCodes;

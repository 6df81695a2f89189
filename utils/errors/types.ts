import { sources } from '@/utils/links/sources';

/** Who can fix an error: the person, their IT desk (the organization's admin), the app's developer, or Microsoft. */
export type ErrorFixer = 'you' | 'admin' | 'app' | 'microsoft';

/**
 * The kinds every AADSTS code is grouped into; each has shared words (what happened, what to do, what to tell
 * IT) in the locale files under `errorKind.<kind>`. `unknown` is for a code no table knows.
 */
export const errorKinds = [
  'account-or-password',
  'account-blocked',
  'password-change-needed',
  'password-change-failed',
  'verification',
  'access-rules',
  'device',
  'not-in-organization',
  'wrong-cloud',
  'app-approval',
  'app-setup',
  'organization-sign-in',
  'session',
  'service',
  'unknown',
] as const;

/** One kind of AADSTS error. */
export type ErrorKind = (typeof errorKinds)[number];

/** The codes of some kinds, each list sorted numerically; one module per group of kinds. */
export type KindCodes = Partial<Readonly<Record<Exclude<ErrorKind, 'unknown'>, readonly string[]>>>;

/** The facts we keep for one AADSTS code; its words are its kind's, or its own under `errors.e<code>`. */
export interface ErrorFacts {
  /** The number after "AADSTS", as digits, e.g. '50126'. */
  readonly code: string;
  /** The kind it belongs to, which gives the shared words and the fixer. */
  readonly kind: ErrorKind;
  /** Who can fix it. */
  readonly fixedBy: ErrorFixer | 'unknown';
  /** Whether the code has words of its own (`errors.e<code>`), for the codes people meet on screen. */
  readonly ownWords: boolean;
}

/** What one AADSTS error means for the person signing in, in plain words, in their language. */
export interface ErrorExplanation extends ErrorFacts {
  /** The kind's short name, such as "Blocked by your organization's rules". */
  readonly kindTitle: string;
  /** One short sentence: what happened, for a non-technical person. */
  readonly what: string;
  /** One or two short sentences: what the person can try now. */
  readonly youCan: string;
  /** One short sentence the person can pass on to their IT desk. */
  readonly tellIt: string;
}

/** Where these explanations come from. */
export const errorCodeSource = sources.errorCodes;

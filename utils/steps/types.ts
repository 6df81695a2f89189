/** The sign-in steps the reader tells apart, in the order a sign-in usually goes; also the panel's `data-step` values. */
export const stepIds = [
  'account',
  'account-picker',
  'sign-in-options',
  'password',
  'verification',
  'security-setup',
  'stay-signed-in',
  'password-change',
  'device-code',
  'app-confirm',
  'consent',
  'challenge',
  'locked',
  'reset-account',
  'reset-verify',
  'reset-new-password',
  'reset-done',
  'reset-unavailable',
  'recovery-form',
  'security-info',
  'error',
  'unknown',
] as const;

/**
 * One sign-in step: `account` (email, phone or Skype name), `verification` (codes, app approval, number match),
 * `device-code` (a code from another device, and its "are you trying to sign in to …?" confirmation),
 * `app-confirm` (that confirmation for an app signing in through the browser, not a device code), `consent` (an
 * app asks for permissions), `challenge` (a human check, "press and hold"), and so on.
 */
export type StepId = (typeof stepIds)[number];

/**
 * How the person is asked to prove it is them, on the `verification` and `security-setup` steps; also the panel's
 * `data-method` values. `number-match`: type the number shown into Authenticator; `app-notification`: approve in
 * the app; `code`: a one-time code from the app, by email, or by a channel the page does not name; `text`: a code
 * sent by text message (SMS); `phone-call`; `passkey` (passkey, security key, Windows Hello); `certificate`
 * (certificate or smart card); `access-pass` (a Temporary Access Pass from the IT desk, typed instead of a
 * password); `choose`: the list of methods ("sign in another way").
 */
export const methodIds = [
  'number-match',
  'app-notification',
  'code',
  'text',
  'phone-call',
  'passkey',
  'certificate',
  'access-pass',
  'choose',
] as const;

/** One way of proving it is you. */
export type MethodId = (typeof methodIds)[number];

/** The steps that can name a method. */
export const stepsWithMethod: readonly StepId[] = ['verification', 'security-setup'];

/** What the reader found on the page. */
export interface StepReading {
  /** The step the person is on. */
  readonly step: StepId;
  /** On `verification` and `security-setup`: the method on screen, when the reader knows it. */
  readonly method?: MethodId;
  /** The `AADSTS` number on screen, digits only, when the page shows an error. */
  readonly errorCode?: string;
  /** On `consent`: the app, its publisher and the permissions as the page shows them, where the reader found them. */
  readonly consent?: ConsentDetails;
}

/** Whether the page marks the app's publisher as verified by Microsoft, or says it is not. */
export type PublisherState = 'verified' | 'unverified';

/** What a consent page shows about the app asking; every field is text the page drew, trimmed and bounded. */
export interface ConsentDetails {
  /** The app's name, when the page marks it as such. */
  readonly app?: string;
  /** The publisher's name or domain, when shown. */
  readonly publisher?: string;
  /** Whether the page says the publisher is verified or unverified; absent when it says neither. */
  readonly publisherState?: PublisherState;
  /** The permissions listed, one line each, in page order (at most {@link consentLimits}). */
  readonly permissions: readonly string[];
}

/** Bounds on what a consent reading carries: lines, and characters per text. */
export const consentLimits = { lines: 12, chars: 120 } as const;

/** One family of sign-in pages (classic converged, redesigned personal, …) and how to read its steps. */
export interface StepFamily {
  /** Stable id, for tests and diagnostics. */
  readonly id: string;
  /** The reading, or `undefined` when the page is not of this family. Reads structure only, never input values. */
  read(document: Document, url: URL): StepReading | undefined;
}

/** The sign-in steps the reader tells apart, in the order a sign-in usually goes; also the panel's `data-step` values. */
export const stepIds = [
  'account',
  'account-picker',
  'password',
  'verification',
  'security-setup',
  'stay-signed-in',
  'password-change',
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

/** One sign-in step: `account` (email, phone or Skype name), `verification` (codes, app approval, number match), and so on. */
export type StepId = (typeof stepIds)[number];

/** What the reader found on the page. */
export interface StepReading {
  /** The step the person is on. */
  readonly step: StepId;
  /** The `AADSTS` number on screen, digits only, when the page shows an error. */
  readonly errorCode?: string;
}

/** One family of sign-in pages (classic converged, redesigned personal, …) and how to read its steps. */
export interface StepFamily {
  /** Stable id, for tests and diagnostics. */
  readonly id: string;
  /** The reading, or `undefined` when the page is not of this family. Reads structure only, never input values. */
  read(document: Document, url: URL): StepReading | undefined;
}

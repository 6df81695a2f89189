/**
 * Help pages that do not belong to one portal, each with where we found it. Microsoft Support pages are
 * linked by their article id (`/topic/<id>`), which survives title changes.
 */
export const helpLinks = {
  /** "Troubleshoot Microsoft verification code issues" (Microsoft Support article 409090c4…). */
  verificationCodes: 'https://support.microsoft.com/topic/409090c4-92b5-42b9-8ae6-bcc97e62fc48',
  /** The Sign-in helper for Microsoft 365 on the web, as given in Microsoft Q&A answers (2025–2026). */
  signInHelper: 'https://go.microsoft.com/fwlink/?linkid=2300860',
  /** "When you can't sign in to your Microsoft account" (personal accounts). */
  personalCantSignIn: 'https://support.microsoft.com/topic/475c9b5c-8c25-49f1-9c2d-c64b7072e735',
  /** The personal account recovery form, for when a reset is not possible. */
  personalRecoveryForm: 'https://account.live.com/acsr',
  /** How work or school accounts reset a password with security info (aka.ms/sspr explained). */
  workResetHowTo: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-howitworks',
} as const;

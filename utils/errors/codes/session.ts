import type { ErrorExplanation } from '../types';

/** Sessions that expired, ended or need one more confirmation. Sorted by code. */
export const sessionErrors: readonly ErrorExplanation[] = [
  {
    code: '50058',
    fixedBy: 'you',
    what: "You aren't signed in yet, or your earlier sign-in could no longer be found.",
    youCan: 'This is usually harmless: sign in again with your username and password. If the page keeps looping, close the tab and open the app again.',
    tellIt: 'I keep seeing AADSTS50058 (no valid sign-in session found) even after signing in again.',
  },
  {
    code: '50089',
    fixedBy: 'you',
    what: 'This sign-in attempt took too long and expired.',
    youCan: 'Start the sign-in again from the beginning and finish the steps without a long pause.',
    tellIt: 'Sign-in fails with AADSTS50089 (sign-in flow expired) even when I start over right away.',
  },
  {
    code: '50140',
    fixedBy: 'you',
    what: "This is the normal 'Stay signed in?' question, not a real problem.",
    youCan: 'Choose Yes on your own device, or No on a shared or public computer, and sign-in will continue.',
    tellIt: "Sign-in stops at the 'Stay signed in?' step (AADSTS50140) and won't go any further.",
  },
  {
    code: '50199',
    fixedBy: 'you',
    what: "For your safety, you're asked to confirm that you really meant to sign in to this app.",
    youCan: "Continue only if you started this sign-in yourself and recognize the app. If you didn't, stop and close the page.",
    tellIt: 'I see a confirmation step (AADSTS50199) every time I sign in to this app. Is that expected?',
  },
  {
    code: '70043',
    fixedBy: 'you',
    what: 'Your organization asks you to sign in again after a set time, and that time has passed.',
    youCan: "Sign in again. This is normal under your organization's rules.",
    tellIt: "I'm asked to sign in again often with AADSTS70043 (sign-in frequency check).",
  },
  {
    code: '81010',
    fixedBy: 'you',
    what: "Automatic sign-in from your work computer didn't work because its sign-in ticket expired or isn't valid.",
    youCan: 'Type your username and password instead. Signing out of your computer and back in may also get automatic sign-in working again.',
    tellIt: 'Automatic sign-in fails with AADSTS81010 (Kerberos ticket expired or invalid) on my computer.',
  },
  {
    code: '90024',
    fixedBy: 'you',
    what: "A temporary problem on Microsoft's side stopped the sign-in.",
    youCan: 'Wait a minute, then try again.',
    tellIt: 'Sign-in keeps failing with AADSTS90024 (temporary error).',
  },
  {
    code: '700082',
    fixedBy: 'you',
    what: "You haven't used this app for a while, so your saved sign-in expired.",
    youCan: 'Sign in again. This is normal after a long break.',
    tellIt: "I'm asked to sign in again with AADSTS700082 (sign-in expired after inactivity).",
  },
];

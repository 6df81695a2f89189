import type { ErrorExplanation } from '../types';

/** Extra verification (MFA), security info and device codes. Sorted by code. */
export const verificationErrors: readonly ErrorExplanation[] = [
  {
    code: '50072',
    fixedBy: 'you',
    what: 'Your organization wants you to set up an extra sign-in check, such as an authenticator app or your phone.',
    youCan: 'Follow the on-screen steps to add your security info, and keep your phone nearby.',
    tellIt: "Sign-in asks me to register for multifactor authentication (AADSTS50072) and I can't finish the setup.",
  },
  {
    code: '50074',
    fixedBy: 'you',
    what: "An extra verification step was required, and it wasn't completed.",
    youCan: 'Sign in again and complete the check, for example by approving the request in your authenticator app. Only approve requests you started yourself.',
    tellIt: 'Sign-in fails with AADSTS50074 (multifactor check required but not passed). Can you check my verification methods?',
  },
  {
    code: '50076',
    fixedBy: 'you',
    what: 'Your organization needs an extra verification step for this sign-in, for example after a policy change or from a new location.',
    youCan: 'Sign in again and complete the extra check, such as entering a code or approving a request in your authenticator app.',
    tellIt: "Sign-in asks for multifactor authentication (AADSTS50076) and I can't complete it.",
  },
  {
    code: '50078',
    fixedBy: 'you',
    what: "Your earlier extra verification has expired under your organization's rules.",
    youCan: 'Sign in again and repeat the verification step.',
    tellIt: 'Sign-in fails with AADSTS50078 (multifactor authentication expired) even after I verify again.',
  },
  {
    code: '50079',
    fixedBy: 'you',
    what: 'You need to add security info, like an authenticator app or a phone number, before you can continue.',
    youCan: "Follow the on-screen steps to add your security info. If the setup page doesn't appear or fails, contact your organization's IT admin.",
    tellIt: 'Sign-in fails with AADSTS50079 (must register for multifactor authentication). I need help setting up my security info.',
  },
  {
    code: '50087',
    fixedBy: 'you',
    what: 'A temporary problem interrupted the extra verification step.',
    youCan: 'Wait a moment, then try again.',
    tellIt: 'Sign-in keeps failing with AADSTS50087 (temporary error during multifactor authentication).',
  },
  {
    code: '50088',
    fixedBy: 'you',
    what: "Too many phone verification calls were made, so there's a short pause.",
    youCan: 'Wait a few minutes, then try again. If you have another verification method, such as an authenticator app, you can choose that instead.',
    tellIt: 'Sign-in fails with AADSTS50088 (limit on phone verification calls reached).',
  },
  {
    code: '50158',
    fixedBy: 'you',
    what: "Your organization needs one more step, such as accepting terms of use or another company's verification.",
    youCan: "Complete the extra page or check you were sent to, then continue. If it fails there, contact your organization's IT admin.",
    tellIt: 'Sign-in stops with AADSTS50158 (external security challenge not satisfied).',
  },
  {
    code: '53004',
    fixedBy: 'admin',
    what: "You need to set up security info, but that's blocked for now because of a risk on your account.",
    youCan: "Don't keep retrying. Contact your organization's IT admin so they can check your account and help you set up your security info.",
    tellIt: 'Sign-in fails with AADSTS53004 (security info registration blocked due to risk). Can you help me register?',
  },
  {
    code: '53010',
    fixedBy: 'you',
    what: "You can only set up security info from certain places or devices, and this isn't one of them.",
    youCan: 'Try again from your office network or a work device. Your IT admin can tell you where this is allowed.',
    tellIt: "I can't set up my security info: AADSTS53010 (registration only allowed from certain locations or devices).",
  },
  {
    code: '70018',
    fixedBy: 'you',
    what: "The code you typed to sign in a device wasn't correct.",
    youCan: "Check the code shown on the device you're setting up and type it again. Only enter a code from a device you're setting up yourself.",
    tellIt: 'Device sign-in fails with AADSTS70018 (wrong verification code entered).',
  },
  {
    code: '70019',
    fixedBy: 'you',
    what: 'The code for signing in a device has expired.',
    youCan: "Start the sign-in again on that device to get a fresh code. Only enter codes from a device you're setting up yourself.",
    tellIt: 'Device sign-in fails with AADSTS70019 (verification code expired) even with a fresh code.',
  },
];

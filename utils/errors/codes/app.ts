import type { ErrorExplanation } from '../types';

/** The app's own setup and permissions. Sorted by code. */
export const appErrors: readonly ErrorExplanation[] = [
  {
    code: '50011',
    fixedBy: 'app',
    what: "The app asked to send you back to an address that its own settings don't list, so sign-in stopped.",
    youCan: "This isn't caused by anything you did. Try opening the app from its usual link; if the error stays, tell the app's support or your IT desk.",
    tellIt: "Sign-in fails with AADSTS50011 (reply address doesn't match the app's settings). The app's registration needs the right return address.",
  },
  {
    code: '50012',
    fixedBy: 'admin',
    what: "Sign-in failed because a certificate or trust setting behind it wasn't accepted.",
    youCan: "There's nothing to change on your side. Try again later, and if it keeps failing, contact your organization's IT admin.",
    tellIt: "Sign-in fails with AADSTS50012 (authentication failed: a signing certificate or trust policy wasn't accepted).",
  },
  {
    code: '50027',
    fixedBy: 'app',
    what: "A piece of sign-in data passed along during this sign-in wasn't valid, so it stopped.",
    youCan: "Close the tab or app and start again. If it keeps happening, the app's maker needs to look at it.",
    tellIt: 'Sign-in fails with AADSTS50027 (invalid sign-in token) in this app.',
  },
  {
    code: '50127',
    fixedBy: 'you',
    what: 'You need to install a sign-in helper app to open this content.',
    youCan: "Install the app your organization uses for this, often Microsoft Authenticator or Company Portal, from your device's app store, then try again.",
    tellIt: 'Sign-in fails with AADSTS50127 (broker app not installed). Which app do I need to install?',
  },
  {
    code: '54005',
    fixedBy: 'app',
    what: 'The app tried to reuse a one-time sign-in code that had already been used.',
    youCan: "Close the tab and start again from the app. If it keeps happening, the app's maker needs to fix it.",
    tellIt: 'Sign-in fails with AADSTS54005 (authorization code already redeemed) in this app.',
  },
  {
    code: '65001',
    fixedBy: 'admin',
    what: "Nobody has approved this app's access to your account yet.",
    youCan: "If you're asked to approve the app and you trust it, accept. Otherwise ask your organization's IT admin to approve it.",
    tellIt: 'Sign-in fails with AADSTS65001 (consent not granted for this app). Can you review and approve it?',
  },
  {
    code: '65004',
    fixedBy: 'you',
    what: "The app's request for access was declined on the permission screen.",
    youCan: "If you trust the app and want to use it, sign in again and accept its request. If you don't trust it, leave it declined.",
    tellIt: 'Sign-in stopped with AADSTS65004 (consent declined) when I tried this app.',
  },
  {
    code: '75011',
    fixedBy: 'app',
    what: 'The app asked for a different sign-in method than the one you used.',
    youCan: "Sign out of all accounts, close the browser, and sign in again. If it keeps happening, the app's settings need changing.",
    tellIt: "Sign-in fails with AADSTS75011 (sign-in method doesn't match what the app requested).",
  },
  {
    code: '90094',
    fixedBy: 'admin',
    what: "This app needs approval from your organization's IT admin before you can use it.",
    youCan: 'If the page lets you request approval, send the request. Otherwise ask your IT admin to review the app.',
    tellIt: 'Sign-in fails with AADSTS90094 (admin consent required) for this app. Can you review and approve it?',
  },
  {
    code: '90095',
    fixedBy: 'admin',
    what: "You need to ask your organization's IT admin to approve this app before you can use it.",
    youCan: 'Send the approval request from the page, with a short note on why you need the app, then wait for an answer.',
    tellIt: 'I sent an approval request for this app (AADSTS90095, admin consent needed). Can you review it?',
  },
  {
    code: '700016',
    fixedBy: 'admin',
    what: "The app you're signing in to isn't set up in your organization.",
    youCan: "Open the app from your organization's usual link. If that doesn't help, your IT admin may need to add the app.",
    tellIt: 'Sign-in fails with AADSTS700016 (application not found in our organization). Does it need to be added?',
  },
  {
    code: '1000031',
    fixedBy: 'admin',
    what: "This app can't be used right now.",
    youCan: "Try again later. If it stays unavailable, contact your organization's IT admin.",
    tellIt: "Sign-in fails with AADSTS1000031 (application can't be accessed at this time).",
  },
];

import type { ErrorExplanation } from '../types';

/** The organization's access rules: devices, networks, risk, security defaults. Sorted by code. */
export const accessRulesErrors: readonly ErrorExplanation[] = [
  {
    code: '50097',
    fixedBy: 'admin',
    what: "This sign-in needs your device to prove it's known to your organization, and that didn't happen.",
    youCan: "Try on a work device your organization set up, in the browser it recommends. If you're already on one, contact your IT admin.",
    tellIt: "Sign-in fails with AADSTS50097 (device authentication required). Can you check my device's registration?",
  },
  {
    code: '50105',
    fixedBy: 'admin',
    what: "You signed in, but your account hasn't been given access to this app.",
    youCan: "Your organization decides who can use this app. Ask your IT admin or the app's owner to give you access.",
    tellIt: 'Sign-in fails with AADSTS50105 (user not assigned to this app). Can you give me access to it?',
  },
  {
    code: '50131',
    fixedBy: 'admin',
    what: 'An access rule in your organization blocked this sign-in, for example because of your device or unusual activity.',
    youCan: "Try again from your usual device and network. If it keeps happening, contact your organization's IT admin.",
    tellIt: 'Sign-in fails with AADSTS50131 (Conditional Access failed). Can you see which policy blocked it?',
  },
  {
    code: '50155',
    fixedBy: 'admin',
    what: "Your device couldn't prove its identity to your organization during sign-in.",
    youCan: "Restart your device and try again. If it still fails, contact your organization's IT admin to check the device.",
    tellIt: 'Sign-in fails with AADSTS50155 (device authentication failed for my account).',
  },
  {
    code: '53000',
    fixedBy: 'admin',
    what: "Your organization only allows this from devices that meet its security rules, and this device doesn't.",
    youCan: 'Use a device your organization manages, or check its device management app (such as Company Portal) for steps to fix this one.',
    tellIt: "Sign-in fails with AADSTS53000 (device not compliant). Can you check my device's compliance status?",
  },
  {
    code: '53001',
    fixedBy: 'admin',
    what: 'Your organization only allows this from computers joined to its own network domain.',
    youCan: "Use your work computer. If you're already on one, contact your organization's IT admin.",
    tellIt: 'Sign-in fails with AADSTS53001 (device not domain joined) on this device.',
  },
  {
    code: '53002',
    fixedBy: 'you',
    what: "Your organization doesn't allow this app here and wants you to use an approved app instead.",
    youCan: 'Use an approved app, for example the official Microsoft app for this service. Your IT admin can tell you which apps are allowed.',
    tellIt: 'Sign-in fails with AADSTS53002 (app not approved). Which apps am I allowed to use?',
  },
  {
    code: '53003',
    fixedBy: 'admin',
    what: 'An access rule set by your organization blocked this sign-in.',
    youCan: "Try from your usual device, browser and network. If it's still blocked, contact your IT admin; they can see which rule applied.",
    tellIt: 'Sign-in is blocked by Conditional Access (AADSTS53003). Can you check which policy blocked me?',
  },
  {
    code: '53011',
    fixedBy: 'admin',
    what: 'Your own organization blocked this sign-in because your account may be at risk.',
    youCan: "Contact your organization's IT admin so they can check your account. Don't approve sign-in requests you didn't start.",
    tellIt: 'Sign-in is blocked with AADSTS53011 (account at risk in my home organization). Can you check my account?',
  },
  {
    code: '500021',
    fixedBy: 'admin',
    what: "Your organization's network only lets you sign in to approved organizations, and this one isn't on the list.",
    youCan: "Use your own organization's account. If you need access to this other organization for work, ask your IT admin.",
    tellIt: 'Sign-in to another organization is blocked by tenant restrictions (AADSTS500021). Can this organization be allowed?',
  },
  {
    code: '530032',
    fixedBy: 'admin',
    what: 'A security rule set by your organization blocked this sign-in.',
    youCan: "Try from your usual device and network. If it's still blocked, contact your organization's IT admin.",
    tellIt: 'Sign-in is blocked by a security policy (AADSTS530032). Can you check which policy applied?',
  },
  {
    code: '530035',
    fixedBy: 'admin',
    what: "Your organization's basic security settings blocked this sign-in, often because the app uses an older sign-in method.",
    youCan: "Try the web version or an up-to-date app; older email apps may not be allowed. If that doesn't help, contact your IT admin.",
    tellIt: 'Sign-in is blocked by security defaults (AADSTS530035), possibly because of legacy authentication.',
  },
];

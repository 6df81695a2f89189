import { helpLinks } from './help-links';
import type { Advice } from './types';
import { personal } from '@/utils/portals/personal';
import { global as globalWork } from '@/utils/portals/global';
import type { Portal } from '@/utils/portals/types';

/** Personal and work/school accounts are separate, even with the same address and password. */
export function accountKindAdvice(portal: Portal): Advice {
  const other = portal.account === 'personal' ? globalWork : personal;
  return {
    id: 'account-kind',
    title: 'Right kind of account?',
    body:
      portal.account === 'personal'
        ? 'This page is for personal Microsoft accounts. An account from work or school is a separate account, even with the same email and password; changing one password does not change the other.'
        : 'This page is for work or school accounts. A personal Microsoft account (Outlook.com, Hotmail) is a separate account, even with the same email and password; changing one password does not change the other.',
    links: [{ label: portal.account === 'personal' ? 'Work or school sign-in' : 'Personal account sign-in', url: other.links.home.url }],
  };
}

/** "Stay signed in?": only on a device that is yours. */
export function staySignedInAdvice(portal: Portal): Advice {
  return {
    id: 'stay-signed-in',
    title: 'Stay signed in?',
    body: 'Choose Yes only on a device that is yours alone. On a shared or public computer, choose No and sign out when you are done.',
    links: [{ label: portal.account === 'personal' ? 'Your account' : 'Your security info', url: (portal.links.securityInfo ?? portal.links.home).url }],
  };
}

/** Locked or blocked: wait, then reset; or ask the admin (work) or recover (personal). */
export function lockedAdvice(portal: Portal): Advice {
  if (portal.account === 'personal') {
    return {
      id: 'locked',
      title: 'Account locked?',
      body: 'Microsoft locks an account after unusual activity. Follow the page to get a code and unlock it; if that is not possible, use the recovery form.',
      links: [
        { label: "When you can't sign in", url: helpLinks.personalCantSignIn },
        { label: 'Account recovery form', url: helpLinks.personalRecoveryForm },
      ],
    };
  }
  return {
    id: 'locked',
    title: 'Account locked?',
    body: "Too many wrong tries lock the account for a while. Wait before trying again, or reset your password. Your admin can unlock it; ask your IT desk if you don't know who that is.",
    links: [{ label: 'Reset your password', url: portal.links.passwordReset.url }],
  };
}

/** When nothing more specific fits: the general help for this kind of account. */
export function generalAdvice(portal: Portal): Advice {
  return {
    id: 'general',
    title: 'Stuck signing in?',
    body:
      portal.account === 'personal'
        ? 'Check the address you type is your personal Microsoft account. If you cannot get in, Microsoft Support walks you through it.'
        : "Check you use the address your organization gave you. If it still fails, contact your admin; ask your IT desk if you don't know who that is.",
    links:
      portal.account === 'personal'
        ? [{ label: "When you can't sign in", url: helpLinks.personalCantSignIn }, { label: 'Sign-in helper', url: helpLinks.signInHelper }]
        : [{ label: 'Sign-in helper', url: helpLinks.signInHelper }, { label: 'Reset your password', url: portal.links.passwordReset.url }],
  };
}

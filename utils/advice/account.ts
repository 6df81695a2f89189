import { links } from '@/utils/links';
import { contactPhrase, type Advice, type AdviceContext } from './types';
import { personal } from '@/utils/portals/personal';
import { global as globalWork } from '@/utils/portals/global';
import type { Portal } from '@/utils/portals/types';

/** Personal and work/school accounts are separate, even with the same address and password. */
export function accountKindAdvice(portal: Portal, { t }: AdviceContext): Advice {
  const isPersonal = portal.account === 'personal';
  const other = isPersonal ? globalWork : personal;
  return {
    id: 'account-kind',
    title: t('advice.accountKind.title'),
    body: isPersonal ? t('advice.accountKind.bodyPersonal') : t('advice.accountKind.bodyWork'),
    links: [{ label: isPersonal ? t('advice.links.workSignIn') : t('advice.links.personalSignIn'), url: other.links.home.url }],
  };
}

/** "Stay signed in?": only on a device that is yours. */
export function staySignedInAdvice(portal: Portal, { t }: AdviceContext): Advice {
  return {
    id: 'stay-signed-in',
    title: t('advice.staySignedIn.title'),
    body: t('advice.staySignedIn.body'),
    links: [
      {
        label: portal.account === 'personal' ? t('advice.links.yourAccount') : t('advice.links.yourSecurityInfo'),
        url: (portal.links.securityInfo ?? portal.links.home).url,
      },
    ],
  };
}

/** Locked or blocked: wait, then reset; or ask the admin (work) or recover (personal). */
export function lockedAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  if (portal.account === 'personal') {
    return {
      id: 'locked',
      title: t('advice.locked.title'),
      body: t('advice.locked.bodyPersonal'),
      links: [
        { label: t('advice.links.cantSignIn'), url: links.personalCantSignIn.url },
        { label: t('advice.links.recoveryForm'), url: links.personalRecoveryForm.url },
      ],
    };
  }
  return {
    id: 'locked',
    title: t('advice.locked.title'),
    body: t('advice.locked.bodyWork', { contact: contactPhrase(context) }),
    links: [{ label: t('advice.links.resetPassword'), url: portal.links.passwordReset.url }],
  };
}

/** When nothing more specific fits: the general help for this kind of account. */
export function generalAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  // The Sign-in helper is a tool for personal accounts (Microsoft Q&A answers on learn.microsoft.com, 2025–2026).
  const helper = { label: t('advice.links.signInHelper'), url: links.signInHelper.url };
  if (portal.account === 'personal') {
    return {
      id: 'general',
      title: t('advice.general.title'),
      body: t('advice.general.bodyPersonal'),
      links: [{ label: t('advice.links.cantSignIn'), url: links.personalCantSignIn.url }, helper],
    };
  }
  return {
    id: 'general',
    title: t('advice.general.title'),
    body: t('advice.general.bodyWork', { contact: contactPhrase(context) }),
    links: [
      { label: t('advice.links.resetPassword'), url: portal.links.passwordReset.url },
      { label: t('advice.links.workResetHowTo'), url: links.workResetHowTo.url },
    ],
  };
}

/** New personal accounts may have no password at all (passwordless by default since May 2025): sign in without one. */
export function passwordlessAdvice(portal: Portal, { t }: AdviceContext): Advice | undefined {
  if (portal.account !== 'personal') return undefined;
  return {
    id: 'passwordless',
    title: t('advice.passwordless.title'),
    body: t('advice.passwordless.body'),
    links: [{ label: t('advice.links.cantSignIn'), url: links.personalCantSignIn.url }],
  };
}

/** One address, two accounts: which to pick, a work or school one or a personal one. */
export function twoAccountsAdvice(_portal: Portal, { t }: AdviceContext): Advice {
  return {
    id: 'two-accounts',
    title: t('advice.twoAccounts.title'),
    body: t('advice.twoAccounts.body'),
    links: [
      { label: t('advice.links.workSignIn'), url: globalWork.links.home.url },
      { label: t('advice.links.personalSignIn'), url: personal.links.home.url },
    ],
  };
}

/** "Sign-in options": the other ways in, and which one is yours. */
export function signInOptionsAdvice(portal: Portal, { t }: AdviceContext): Advice {
  const work = portal.account === 'work';
  return {
    id: 'sign-in-options',
    title: t('advice.signInOptions.title'),
    body: work ? t('advice.signInOptions.bodyWork') : t('advice.signInOptions.bodyPersonal'),
    links: [
      {
        label: work ? t('advice.links.workPasskeys') : t('advice.links.cantSignIn'),
        url: work ? links.workPasskeys.url : links.personalCantSignIn.url,
      },
    ],
  };
}

/** A code from another device (a TV, a console, a command line): only for a device you own and started just now. */
export function deviceCodeAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  return {
    id: 'device-code',
    title: t('advice.deviceCode.title'),
    body: t(portal.account === 'work' ? 'advice.deviceCode.bodyWork' : 'advice.deviceCode.bodyPersonal', {
      contact: contactPhrase(context),
    }),
    links: [{ label: t('advice.links.yourSecurityInfo'), url: (portal.links.securityInfo ?? portal.links.home).url }],
  };
}

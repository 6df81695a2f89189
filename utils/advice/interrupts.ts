import { links } from '../links';
import type { Portal } from '../portals/types';
import { contactPhrase, type Advice, type AdviceContext } from './types';

// Help for the screens that interrupt a sign-in (an app asking for permissions has its own module, consent.ts): an
// app's sign-in confirmation (Microsoft Graph blog, "confirmation dialog for native OAuth 2.0 applications"), a human
// check, and "is your security info still accurate?".

const work = (portal: Portal) => portal.account === 'work';

/** "Are you trying to sign in to …?": confirm only for an app you just started signing in to. */
export function appConfirmAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  return {
    id: 'app-confirm',
    title: t('advice.appConfirm.title'),
    body: work(portal) ? t('advice.appConfirm.bodyWork', { contact: contactPhrase(context) }) : t('advice.appConfirm.bodyPersonal'),
    links: [{ label: t('advice.links.yourSecurityInfo'), url: (portal.links.securityInfo ?? portal.links.home).url }],
  };
}

/** A human check ("press and hold", a puzzle): what it is and why it appears. */
export function challengeAdvice(portal: Portal, { t }: AdviceContext): Advice {
  return {
    id: 'challenge',
    title: t('advice.challenge.title'),
    body: t('advice.challenge.body'),
    links: [
      work(portal)
        ? { label: t('advice.links.resetPassword'), url: portal.links.passwordReset.url }
        : { label: t('advice.links.cantSignIn'), url: links.personalCantSignIn.url },
    ],
  };
}

/** "Is your security info still accurate?": check each phone and address, remove what is not yours. */
export function securityCheckAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  return {
    id: 'security-check',
    title: t('advice.securityCheck.title'),
    body: work(portal) ? t('advice.securityCheck.bodyWork', { contact: contactPhrase(context) }) : t('advice.securityCheck.bodyPersonal'),
    links: [
      {
        label: t('advice.links.manageSecurityInfo'),
        url: (work(portal) ? (portal.links.securityInfo ?? portal.links.home) : { url: links.personalSecurity.url }).url,
      },
    ],
  };
}

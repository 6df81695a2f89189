import { links } from '@/utils/links';
import { contactPhrase, type Advice, type AdviceContext } from './types';
import type { Portal } from '@/utils/portals/types';

/** Forgot the password: the reset that fits this cloud and account kind, and who else can reset it. */
export function passwordResetAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  const reset = { label: t('advice.links.resetPassword'), url: portal.links.passwordReset.url };
  if (portal.account === 'personal') {
    return {
      id: 'password-reset',
      title: t('advice.passwordReset.title'),
      body: t('advice.passwordReset.bodyPersonal'),
      links: [reset, { label: t('advice.links.recoveryForm'), url: links.personalRecoveryForm.url }],
    };
  }
  return {
    id: 'password-reset',
    title: t('advice.passwordReset.title'),
    body: t('advice.passwordReset.bodyWork', { contact: contactPhrase(context) }),
    links: [reset, { label: t('advice.links.workResetHowTo'), url: links.workResetHowTo.url }],
  };
}

const securityLink = (portal: Portal, t: AdviceContext['t']) => ({
  label: portal.account === 'personal' ? t('advice.links.accountSecurity') : t('advice.links.yourSecurityInfo'),
  url: (portal.links.securityInfo ?? portal.links.home).url,
});

/** On the password step: if it was just changed, where the old one still lives (the after-change checklist). */
export function afterResetAdvice(portal: Portal, { t }: AdviceContext): Advice {
  return { id: 'after-reset', title: t('advice.afterReset.title'), body: t('advice.afterChange.body'), links: [securityLink(portal, t)] };
}

/**
 * The after-change checklist, once a password was reset or changed: this account only, and every place that still
 * has the old one. Shown when a reset is done and on the page after a completed password change.
 */
export function afterChangeAdvice(portal: Portal, { t }: AdviceContext): Advice {
  return { id: 'after-change', title: t('advice.afterChange.title'), body: t('advice.afterChange.body'), links: [securityLink(portal, t)] };
}

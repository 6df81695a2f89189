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

/** After a reset or change: where the old password still lives. */
export function afterResetAdvice(portal: Portal, { t }: AdviceContext): Advice {
  const security = portal.links.securityInfo ?? portal.links.home;
  return {
    id: 'after-reset',
    title: t('advice.afterReset.title'),
    body: t('advice.afterReset.body'),
    links: [
      { label: portal.account === 'personal' ? t('advice.links.accountSecurity') : t('advice.links.yourSecurityInfo'), url: security.url },
    ],
  };
}

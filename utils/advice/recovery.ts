import { contactPhrase, type Advice, type AdviceContext } from './types';
import { links } from '../links';
import { portalFor } from '../portals';
import type { Portal } from '../portals/types';

// Password reset, account recovery and security info, for work or school accounts (Learn: concept-sspr-howitworks,
// concept-sspr-policy, concept-registration-mfa-sspr-combined) and personal accounts (Support: reset a forgotten
// Microsoft account password; the recovery form).

const work = (portal: Portal) => portal.account === 'work';

/** "Who are you?": which address to type here, and where the other kind of account resets. */
export function resetAccountAdvice(portal: Portal, { t }: AdviceContext): Advice {
  const other = work(portal)
    ? { label: t('warning.links.personalReset'), url: portalFor('global', 'personal').links.passwordReset.url }
    : { label: t('warning.links.workReset'), url: portalFor('global').links.passwordReset.url };
  return {
    id: 'reset-account',
    title: t('advice.resetAccount.title'),
    body: work(portal) ? t('advice.resetAccount.bodyWork') : t('advice.resetAccount.bodyPersonal'),
    links: [other],
  };
}

/** "Prove it's you": only methods registered earlier are offered; what to do when none is yours. */
export function resetVerifyAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  return work(portal)
    ? {
        id: 'reset-verify',
        title: t('advice.resetVerify.title'),
        body: t('advice.resetVerify.bodyWork', { contact: contactPhrase(context) }),
        links: [{ label: t('advice.links.workResetHowTo'), url: links.workResetHowTo.url }],
      }
    : {
        id: 'reset-verify',
        title: t('advice.resetVerify.title'),
        body: t('advice.resetVerify.bodyPersonal'),
        links: [{ label: t('advice.links.recoveryForm'), url: links.personalRecoveryForm.url }],
      };
}

/** The new password: the rules in a sentence, and that it changes this account only. */
export function resetNewPasswordAdvice(portal: Portal, { t }: AdviceContext): Advice {
  return {
    id: 'reset-new-password',
    title: t('advice.resetNewPassword.title'),
    body: work(portal) ? t('advice.resetNewPassword.bodyWork') : t('advice.resetNewPassword.bodyPersonal'),
    links: [
      work(portal)
        ? { label: t('advice.links.workResetHowTo'), url: links.workResetHowTo.url }
        : { label: t('advice.links.cantSignIn'), url: links.personalCantSignIn.url },
    ],
  };
}

/** "You can't reset your own password": what it means, and who can. */
export function resetUnavailableAdvice(portal: Portal, context: AdviceContext): Advice {
  const { t } = context;
  return work(portal)
    ? {
        id: 'reset-unavailable',
        title: t('advice.resetUnavailable.title'),
        body: t('advice.resetUnavailable.bodyWork', { contact: contactPhrase(context) }),
        links: [{ label: t('advice.links.workResetHowTo'), url: links.workResetHowTo.url }],
      }
    : {
        id: 'reset-unavailable',
        title: t('advice.resetUnavailable.title'),
        body: t('advice.resetUnavailable.bodyPersonal'),
        links: [
          { label: t('advice.links.recoveryForm'), url: links.personalRecoveryForm.url },
          { label: t('advice.links.cantSignIn'), url: links.personalCantSignIn.url },
        ],
      };
}

/**
 * Work accounts that can use none of their methods: where the organization turned on Microsoft Entra account recovery
 * (preview since November 2025; Learn: how-to-account-recovery-for-users), "Other ways to sign in" offers "Recover your
 * account". Otherwise only the admin can help. Worldwide work accounts only (Learn names no other cloud for the
 * preview); personal accounts have the recovery form instead.
 */
export function accountRecoveryAdvice(portal: Portal, context: AdviceContext): Advice | undefined {
  if (!work(portal) || portal.cloud !== 'global') return undefined; // a preview of the worldwide cloud
  const { t } = context;
  return {
    id: 'account-recovery',
    title: t('advice.accountRecovery.title'),
    body: t('advice.accountRecovery.body', { contact: contactPhrase(context) }),
    links: [{ label: t('advice.links.accountRecovery'), url: links.workAccountRecovery.url }],
  };
}

/** The personal account's recovery form: what to answer, from where, and how long it takes. */
export function recoveryFormAdvice(_portal: Portal, { t }: AdviceContext): Advice {
  return {
    id: 'recovery-form',
    title: t('advice.recoveryForm.title'),
    body: t('advice.recoveryForm.body'),
    links: [{ label: t('advice.links.cantSignIn'), url: links.personalCantSignIn.url }],
  };
}

/** The security-info list: keep two methods, add before you delete. */
export function securityInfoAdvice(portal: Portal, { t }: AdviceContext): Advice {
  return {
    id: 'security-info',
    title: t('advice.securityInfo.title'),
    body: work(portal) ? t('advice.securityInfo.bodyWork') : t('advice.securityInfo.bodyPersonal'),
    links: [
      work(portal)
        ? { label: t('advice.links.securityInfoHelp'), url: links.workSecurityInfoHelp.url }
        : { label: t('advice.links.accountSecurity'), url: links.personalSecurity.url },
    ],
  };
}

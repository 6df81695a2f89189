import { links } from '@/utils/links';
import type { Advice, AdviceContext } from './types';
import type { Portal } from '@/utils/portals/types';

/** Codes that don't arrive, approvals that don't show up: what to try, in order. */
export function verificationAdvice(portal: Portal, { t }: AdviceContext): Advice {
  const shown = [
    { label: t('advice.links.verificationCodes'), url: links.personalVerificationCodes.url },
    ...(portal.links.securityInfo ? [{ label: t('advice.links.checkSecurityInfo'), url: portal.links.securityInfo.url }] : []),
    { label: t('advice.links.signInHelper'), url: links.signInHelper.url },
  ];
  return { id: 'verification', title: t('advice.verification.title'), body: t('advice.verification.body'), links: shown };
}

/** Registering security info (proof-up): what it is and where to manage it later. */
export function securitySetupAdvice(portal: Portal, { t }: AdviceContext): Advice {
  const manage = portal.links.securityInfo ?? portal.links.home;
  return {
    id: 'security-setup',
    title: t('advice.securitySetup.title'),
    body: portal.account === 'personal' ? t('advice.securitySetup.bodyPersonal') : t('advice.securitySetup.bodyWork'),
    links: [{ label: t('advice.links.manageSecurityInfo'), url: manage.url }],
  };
}

import type { Advice, AdviceContext } from './types';
import type { Portal } from '@/utils/portals/types';

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

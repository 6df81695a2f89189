import { helpLinks } from './help-links';
import type { Advice } from './types';
import type { Portal } from '@/utils/portals/types';

/** Codes that don't arrive, approvals that don't show up: what to try, in order. */
export function verificationAdvice(portal: Portal): Advice {
  const links = [
    { label: 'Troubleshoot verification codes', url: helpLinks.verificationCodes },
    ...(portal.links.securityInfo ? [{ label: 'Check your security info', url: portal.links.securityInfo.url }] : []),
    { label: 'Sign-in helper', url: helpLinks.signInHelper },
  ];
  return {
    id: 'verification',
    title: "Code didn't arrive?",
    body: 'Wait a minute and use only the newest code. Check the phone has signal and the time is set automatically. Or choose "Sign in another way" to use the app, a text or a call.',
    links,
  };
}

/** Registering security info (proof-up): what it is and where to manage it later. */
export function securitySetupAdvice(portal: Portal): Advice {
  const manage = portal.links.securityInfo ?? portal.links.home;
  return {
    id: 'security-setup',
    title: 'Setting up security info',
    body:
      portal.account === 'personal'
        ? 'Add a phone number or email you can reach: it is how you get back in if you forget your password.'
        : 'Your organization asks for a second way to prove it is you, such as the Authenticator app or a phone. It also lets you reset your own password.',
    links: [{ label: 'Manage your security info', url: manage.url }],
  };
}

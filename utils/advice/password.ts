import { helpLinks } from './help-links';
import type { Advice } from './types';
import type { Portal } from '@/utils/portals/types';

/** Forgot the password: the reset that fits this cloud and account kind, and who else can reset it. */
export function passwordResetAdvice(portal: Portal): Advice {
  const reset = { label: 'Reset your password', url: portal.links.passwordReset.url };
  if (portal.account === 'personal') {
    return {
      id: 'password-reset',
      title: 'Forgot your password?',
      body: 'Reset it yourself with a code sent to your recovery email or phone. If you cannot get a code, fill in the recovery form.',
      links: [reset, { label: 'Account recovery form', url: helpLinks.personalRecoveryForm }],
    };
  }
  return {
    id: 'password-reset',
    title: 'Forgot your password?',
    body: "If your organization allows it, reset it yourself. If not, contact your admin, who can reset it; ask your IT desk if you don't know who that is.",
    links: [reset, { label: 'How self-service reset works', url: helpLinks.workResetHowTo }],
  };
}

/** After a reset or change: where the old password still lives. */
export function afterResetAdvice(portal: Portal): Advice {
  const security = portal.links.securityInfo ?? portal.links.home;
  return {
    id: 'after-reset',
    title: 'Just changed your password?',
    body: 'Update it on your phone, in desktop mail programs (Outlook, Apple Mail) and in your password manager, or they will keep trying the old one.',
    links: [{ label: portal.account === 'personal' ? 'Your account security' : 'Your security info', url: security.url }],
  };
}

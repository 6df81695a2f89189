import { personal } from './personal';
import type { Portal } from './types';
import { sources } from '../links';

/**
 * account.live.com: the personal account's password reset (/password/reset), the recovery form (/acsr), its
 * security info (/proofs), and the pages shown in the middle of a personal sign-in (identity confirmation,
 * "protect your account", a locked account).
 */
export const personalRecovery: Portal = {
  id: 'personal-recovery',
  cloud: 'global',
  account: 'personal',
  role: 'recovery',
  hosts: ['account.live.com'],
  hostSources: [sources.personalPasswordReset],
  status: { state: 'active' },
  links: personal.links,
  examples: [
    'https://account.live.com/password/reset',
    'https://account.live.com/acsr',
    'https://account.live.com/identity/confirm?mkt=EN-US&uiflavor=web',
  ],
};

import { sources } from '../links';
import { global } from './global';
import { personal } from './personal';
import type { Portal } from './types';

/** A personal Microsoft account's home (account.microsoft.com): people land there, then sign in at login.live.com. */
export const personalAccountHome: Portal = {
  id: 'personal-account-home',
  cloud: 'global',
  account: 'personal',
  role: 'entry',
  hosts: ['account.microsoft.com'],
  hostSources: [sources.personalCantSignIn],
  status: { state: 'active' },
  links: personal.links,
  examples: ['https://account.microsoft.com/', 'https://account.microsoft.com/security'],
};

/** My Account for work or school accounts (myaccount.microsoft.com): people land there, then sign in worldwide. */
export const workMyAccount: Portal = {
  id: 'work-my-account',
  cloud: 'global',
  account: 'work',
  role: 'entry',
  hosts: ['myaccount.microsoft.com'],
  hostSources: [sources.workMyAccount],
  status: { state: 'active' },
  links: global.links,
  examples: ['https://myaccount.microsoft.com/', 'https://myaccount.microsoft.com/?tenantId=contoso.onmicrosoft.com'],
};

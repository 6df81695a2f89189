import { links, sources } from '../links';
import type { Portal } from './types';

/** Personal Microsoft accounts (Outlook.com, Xbox, Teams (free), OneDrive personal): worldwide only. Skype closed on 5 May 2025 (sources.skypeRetirement). */
export const personal: Portal = {
  id: 'personal-msa',
  cloud: 'global',
  account: 'personal',
  role: 'sign-in',
  hosts: ['login.live.com'],
  hostSources: [sources.personalPasswordReset, sources.personalCantSignIn],
  status: { state: 'active' },
  links: {
    home: links.personalAccount,
    passwordReset: links.personalPasswordReset,
    securityInfo: links.personalSecurity,
  },
  examples: [
    'https://login.live.com/login.srf?wa=wsignin1.0&wreply=https%3A%2F%2Foutlook.live.com%2Fowa%2F',
    'https://login.live.com/oauth20_authorize.srf?client_id=x',
    'https://login.live.com/ppsecure/post.srf?username=someone%40example.com',
  ],
};

import { china } from './china';
import { global } from './global';
import type { Portal } from './types';
import { usgov } from './usgov';
import { sources } from '../links';

/** My Sign-ins for worldwide work or school accounts: security info, and the "Keep your account secure" wizard. */
export const globalSecurityInfo: Portal = {
  id: 'global-security-info',
  cloud: 'global',
  account: 'work',
  role: 'security-info',
  hosts: ['mysignins.microsoft.com'],
  hostSources: [sources.workSecurityInfo, sources.combinedRegistration],
  status: { state: 'active' },
  links: global.links,
  examples: ['https://mysignins.microsoft.com/security-info', 'https://mysignins.microsoft.com/register?csrf_token=x'],
};

/** My Sign-ins for US Government work accounts; only MSAL's list of Microsoft passkey origins names the host. */
export const usgovSecurityInfo: Portal = {
  id: 'usgov-security-info',
  cloud: 'usgov',
  account: 'work',
  role: 'security-info',
  hosts: ['mysignins.azure.us'],
  hostSources: [sources.msalPasskeyOrigins],
  status: { state: 'active' },
  links: usgov.links,
  examples: ['https://mysignins.azure.us/security-info', 'https://mysignins.azure.us/register'],
};

/**
 * 21Vianet's security-info registration for work accounts in China. Only older docs.azure.cn pages name the host
 * (checked 2026-12-07); its pages are read as security-info pages, general help where the step is not known.
 */
export const chinaSecurityInfo: Portal = {
  id: 'china-security-info',
  cloud: 'china',
  account: 'work',
  role: 'security-info',
  hosts: ['account.activedirectory.windowsazure.cn'],
  hostSources: [sources.chinaSecurityInfo],
  status: { state: 'active' },
  links: china.links,
  examples: [
    'https://account.activedirectory.windowsazure.cn/PasswordReset/Register.aspx?regref=ssprsetup',
    'https://account.activedirectory.windowsazure.cn/proofup.aspx?culture=en-US',
  ],
};

import { sources } from './sources';
import type { Portal } from './types';

/** Microsoft 365 operated by 21Vianet: work or school accounts in China. */
export const china: Portal = {
  id: 'china-21vianet',
  name: 'Microsoft 365 operated by 21Vianet (China)',
  cloud: 'china',
  account: 'work',
  role: 'sign-in',
  hosts: ['login.chinacloudapi.cn', 'login.partner.microsoftonline.cn'],
  hostSources: [sources.nationalClouds, sources.chinaEndpoints],
  status: { state: 'active' },
  links: {
    home: { url: 'https://portal.partner.microsoftonline.cn/', source: sources.chinaEndpoints },
    passwordReset: { url: 'https://passwordreset.activedirectory.windowsazure.cn/', source: sources.chinaEndpoints },
    securityInfo: { url: 'https://mysignins.azure.cn/security-info', source: sources.chinaEndpoints },
    errorLookup: { url: 'https://login.partner.microsoftonline.cn/error', source: sources.errorCodes },
  },
  examples: [
    'https://login.partner.microsoftonline.cn/common/oauth2/v2.0/authorize?client_id=x',
    'https://login.chinacloudapi.cn/contoso.partner.onmschina.cn/oauth2/token',
  ],
};

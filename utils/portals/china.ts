import { sources } from './sources';
import type { Portal } from './types';

/** Microsoft 365 operated by 21Vianet: work or school accounts in China. */
export const china: Portal = {
  id: 'china-21vianet',
  cloud: 'china',
  account: 'work',
  role: 'sign-in',
  hosts: ['login.chinacloudapi.cn', 'login.partner.microsoftonline.cn'],
  hostSources: [sources.nationalClouds, sources.msalAuthorityAliases],
  status: { state: 'active' },
  links: {
    home: { url: 'https://portal.partner.microsoftonline.cn/', source: sources.chinaPortal },
    passwordReset: { url: 'https://passwordreset.activedirectory.windowsazure.cn/', source: sources.chinaPasswordReset },
    // No China security-info page or error lookup is documented; the worldwide lookup explains the same codes.
    errorLookup: { url: 'https://login.microsoftonline.com/error', source: sources.errorCodes },
  },
  examples: [
    'https://login.partner.microsoftonline.cn/common/oauth2/v2.0/authorize?client_id=x',
    'https://login.chinacloudapi.cn/contoso.partner.onmschina.cn/oauth2/token',
  ],
};

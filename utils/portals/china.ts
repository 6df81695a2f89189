import { links, sources } from '../links';
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
    home: links.chinaPortal,
    passwordReset: links.chinaPasswordReset,
    // No China security-info page is documented.
    errorLookup: links.errorLookupChina,
  },
  examples: [
    'https://login.partner.microsoftonline.cn/common/oauth2/v2.0/authorize?client_id=x',
    'https://login.chinacloudapi.cn/contoso.partner.onmschina.cn/oauth2/token',
  ],
};

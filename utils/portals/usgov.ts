import { links, sources } from '../links';
import type { Portal } from './types';

/** Microsoft 365 US Government (GCC High and DoD) work accounts; GCC uses the worldwide pages. */
export const usgov: Portal = {
  id: 'usgov',
  cloud: 'usgov',
  account: 'work',
  role: 'sign-in',
  hosts: ['certauth.login.microsoftonline.us', 'login-us.microsoftonline.com', 'login.microsoftonline.us', 'login.usgovcloudapi.net'],
  hostSources: [sources.nationalClouds, sources.msalAuthorityAliases, sources.usgovEndpoints, sources.certificateAuthHosts],
  status: { state: 'active' },
  links: {
    home: links.usgovHomeGccHigh,
    homeDod: links.usgovHomeDod,
    passwordReset: links.usgovPasswordReset,
    securityInfo: links.usgovSecurityInfo,
    // No US Government error lookup is documented; the worldwide lookup explains the same codes.
    errorLookup: links.errorLookupWorldwide,
  },
  examples: [
    'https://login.microsoftonline.us/common/oauth2/v2.0/authorize?client_id=x',
    'https://login-us.microsoftonline.com/contoso.onmicrosoft.us/saml2',
    'https://login.usgovcloudapi.net/common/oauth2/token',
  ],
};

import { sources } from './sources';
import type { Portal } from './types';

/** Microsoft 365 US Government (GCC High and DoD) work accounts; GCC uses the worldwide pages. */
export const usgov: Portal = {
  id: 'usgov',
  cloud: 'usgov',
  account: 'work',
  role: 'sign-in',
  hosts: ['login-us.microsoftonline.com', 'login.microsoftonline.us', 'login.usgovcloudapi.net'],
  hostSources: [sources.nationalClouds, sources.msalAuthorityAliases, sources.usgovEndpoints],
  status: { state: 'active' },
  links: {
    home: { url: 'https://portal.office365.us/', source: sources.usgovEndpoints },
    passwordReset: { url: 'https://passwordreset.microsoftonline.us/', source: sources.usgovComparison },
    // No US Government security-info page or error lookup is documented; the worldwide lookup explains the same codes.
    errorLookup: { url: 'https://login.microsoftonline.com/error', source: sources.errorCodes },
  },
  examples: [
    'https://login.microsoftonline.us/common/oauth2/v2.0/authorize?client_id=x',
    'https://login-us.microsoftonline.com/contoso.onmicrosoft.us/saml2',
    'https://login.usgovcloudapi.net/common/oauth2/token',
  ],
};

import { links, sources } from '../links';
import type { Portal } from './types';

/** Work or school accounts in the worldwide cloud (Microsoft Entra ID), GCC included. */
export const global: Portal = {
  id: 'global-work',
  cloud: 'global',
  account: 'work',
  role: 'sign-in',
  hosts: ['certauth.login.microsoftonline.com', 'login.microsoft.com', 'login.microsoftonline.com', 'login.windows.net'],
  // certauth.*: where certificate-based authentication asks for the certificate (its per-tenant form
  // t<tenant id>.certauth.login.microsoftonline.com is not listed: the catalog has exact hosts only).
  hostSources: [sources.nationalClouds, sources.msalAuthorityAliases, sources.certificateAuthHosts],
  status: { state: 'active' },
  links: {
    home: links.microsoft365Home,
    passwordReset: links.workPasswordReset,
    securityInfo: links.workSecurityInfo,
    errorLookup: links.errorLookupWorldwide,
  },
  examples: [
    'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=00000000-0000-0000-0000-000000000000&response_type=code',
    'https://login.microsoftonline.com/contoso.onmicrosoft.com/saml2',
    'https://login.microsoft.com/common/login',
    'https://LOGIN.WINDOWS.NET./common/oauth2/authorize',
  ],
};

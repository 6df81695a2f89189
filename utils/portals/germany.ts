import { sources } from './sources';
import type { Portal } from './types';

/** Office 365 Germany (Microsoft Cloud Deutschland): closed; its organizations moved to the worldwide cloud. */
export const germany: Portal = {
  id: 'germany-retired',
  cloud: 'germany',
  account: 'work',
  role: 'sign-in',
  hosts: ['login.microsoftonline.de', 'portal.office.de'],
  hostSources: [sources.germanyTransitionExperience, sources.germanyPortal, sources.msalAuthorityAliases],
  status: { state: 'retired', since: '2021-10-29', source: sources.nationalClouds },
  links: {
    // The accounts now live in the worldwide cloud, so every link points there.
    home: { url: 'https://www.microsoft365.com/', source: sources.germanyTransition },
    passwordReset: { url: 'https://passwordreset.microsoftonline.com/', source: sources.workPasswordReset },
    securityInfo: { url: 'https://mysignins.microsoft.com/security-info', source: sources.workSecurityInfo },
    errorLookup: { url: 'https://login.microsoftonline.com/error', source: sources.errorCodes },
  },
  examples: [
    'https://login.microsoftonline.de/common/oauth2/authorize?client_id=x',
    'https://portal.office.de/',
  ],
};

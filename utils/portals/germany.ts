import { links, sources } from '../links';
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
    home: links.microsoft365Home,
    passwordReset: links.workPasswordReset,
    securityInfo: links.workSecurityInfo,
    errorLookup: links.errorLookupWorldwide,
  },
  examples: ['https://login.microsoftonline.de/common/oauth2/authorize?client_id=x', 'https://portal.office.de/'],
};

import { sources } from '../links';
import type { Portal } from './types';
import { china } from './china';
import { global } from './global';
import { usgov } from './usgov';

/**
 * Microsoft 365 start pages (worldwide): they send people on to the worldwide sign-in page. Sources, host by host:
 * microsoft365.com by Learn's "Install Microsoft 365 apps" (the bare name; www. is the address people land on),
 * the cloud.microsoft domain by Learn's cloud.microsoft page, portal.office.com by the mandatory-MFA page
 * (checked 2026-12-07).
 */
export const officeGlobal: Portal = {
  id: 'office-global',
  cloud: 'global',
  account: 'work',
  role: 'entry',
  hosts: ['m365.cloud.microsoft', 'portal.office.com', 'www.microsoft365.com', 'www.office.com'],
  hostSources: [sources.microsoft365Home, sources.globalHome, sources.mandatoryMfa],
  status: { state: 'active' },
  links: global.links,
  examples: [
    'https://www.office.com/',
    'https://www.microsoft365.com/?auth=2',
    'https://m365.cloud.microsoft/',
    'https://portal.office.com/',
  ],
};

/** The 21Vianet Microsoft 365 portal, which sends people to the China sign-in page. */
export const officeChina: Portal = {
  id: 'office-china',
  cloud: 'china',
  account: 'work',
  role: 'entry',
  hosts: ['portal.partner.microsoftonline.cn'],
  hostSources: [sources.chinaPortal],
  status: { state: 'active' },
  links: china.links,
  examples: ['https://portal.partner.microsoftonline.cn/', 'https://portal.partner.microsoftonline.cn/Home'],
};

/** The US Government Microsoft 365 portals (GCC High, DoD), which send people to the US Government sign-in page. */
export const officeUsGov: Portal = {
  id: 'office-usgov',
  cloud: 'usgov',
  account: 'work',
  role: 'entry',
  hosts: ['portal.apps.mil', 'portal.office365.us'],
  hostSources: [sources.usgovEndpoints, sources.usgovDodEndpoints],
  status: { state: 'active' },
  links: usgov.links,
  examples: ['https://portal.office365.us/', 'https://portal.apps.mil/?auth=2'],
};

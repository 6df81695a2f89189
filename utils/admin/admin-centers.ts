import { sources } from '@/utils/portals/sources';
import type { Cloud, SourcedLink } from '@/utils/portals/types';

/** An admin center people sign in to; its name is in the locale files under `admin.centers.<camelId>`. */
export interface AdminCenter extends SourcedLink {
  /** Stable id, kebab-case; also the label key (`gcc-high` → `admin.centers.gccHigh`). */
  readonly id: string;
}

// Public pages checked on 2026-11-25; each note says which fact the page carries.
const pages = {
  /** "To get to the Microsoft 365 admin center, go to admin.cloud.microsoft." */
  adminCenterOverview: 'https://learn.microsoft.com/en-us/microsoft-365/admin/admin-overview/admin-center-overview',
  /**
   * Commercial and GCC users sign in to the public cloud admin center; GCC High at
   * portal.office365.us/adminportal/home; DoD at portal.apps.mil/adminportal/home.
   */
  usgovAdminCenters: 'https://learn.microsoft.com/en-us/microsoft-365/commerce/licenses/vl-sign-in',
  /** The Microsoft Entra admin center's hosts: entra.microsoft.com, entra.microsoft.us, entra.microsoftonline.cn. */
  entraHosts: 'https://learn.microsoft.com/en-us/entra/fundamentals/faq',
  /** Commercial and GCC live in Azure Commercial; GCC High and DoD in Azure Government; 21Vianet in Azure China. */
  cloudPairs: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/cross-cloud-collaboration',
} as const;

const worldwide: AdminCenter = {
  id: 'worldwide',
  url: 'https://admin.cloud.microsoft/',
  source: pages.adminCenterOverview,
};

/** The Microsoft 365 admin center for each cloud; a cloud with several (US Government) lists each with its plan. */
export const adminCenters: Readonly<Record<Cloud, readonly AdminCenter[]>> = {
  global: [worldwide],
  usgov: [
    // GCC tenants use the worldwide admin center; GCC High and DoD each have their own.
    { id: 'gcc', url: 'https://admin.cloud.microsoft/', source: pages.usgovAdminCenters },
    { id: 'gcc-high', url: 'https://portal.office365.us/adminportal/home', source: pages.usgovAdminCenters },
    { id: 'dod', url: 'https://portal.apps.mil/adminportal/home', source: pages.usgovAdminCenters },
  ],
  china: [{ id: 'china-21vianet', url: 'https://portal.partner.microsoftonline.cn/', source: sources.chinaPortal }],
  // Office 365 Germany's organizations moved to the worldwide cloud (sources.germanyTransition), so its admins
  // use the worldwide admin center.
  germany: [worldwide],
};

const entraWorldwide: AdminCenter = {
  id: 'entra',
  url: 'https://entra.microsoft.com/',
  source: pages.entraHosts,
};

/** The Microsoft Entra admin center for each cloud, for tasks the Microsoft 365 admin center does not cover. */
export const entraAdminCenters: Readonly<Record<Cloud, readonly AdminCenter[]>> = {
  global: [entraWorldwide],
  usgov: [
    // GCC sits in Azure Commercial, so it uses the worldwide Entra admin center; GCC High and DoD use the .us one.
    { id: 'entra-gcc', url: 'https://entra.microsoft.com/', source: pages.cloudPairs },
    { id: 'entra-gcc-high-dod', url: 'https://entra.microsoft.us/', source: pages.entraHosts },
  ],
  china: [{ id: 'entra-china-21vianet', url: 'https://entra.microsoftonline.cn/', source: pages.entraHosts }],
  germany: [entraWorldwide],
};

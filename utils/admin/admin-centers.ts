import { links } from '@/utils/links';
import type { Cloud, SourcedLink } from '@/utils/portals/types';

/** An admin center people sign in to; its name is in the locale files under `admin.centers.<camelId>`. */
export interface AdminCenter extends SourcedLink {
  /** Stable id, kebab-case; also the label key (`gcc-high` → `admin.centers.gccHigh`). */
  readonly id: string;
}

const worldwide: AdminCenter = { id: 'worldwide', ...links.adminCenterWorldwide };

/** The Microsoft 365 admin center for each cloud; a cloud with several (US Government) lists each with its plan. */
export const adminCenters: Readonly<Record<Cloud, readonly AdminCenter[]>> = {
  global: [worldwide],
  usgov: [
    // GCC tenants use the worldwide admin center; GCC High and DoD each have their own.
    { id: 'gcc', ...links.adminCenterWorldwide },
    { id: 'gcc-high', ...links.adminCenterGccHigh },
    { id: 'dod', ...links.adminCenterDod },
  ],
  china: [{ id: 'china-21vianet', ...links.chinaPortal }],
  // Office 365 Germany's organizations moved to the worldwide cloud (sources.germanyTransition), so its admins
  // use the worldwide admin center.
  germany: [worldwide],
};

const entraWorldwide: AdminCenter = { id: 'entra', ...links.entraWorldwide };

/** The Microsoft Entra admin center for each cloud, for tasks the Microsoft 365 admin center does not cover. */
export const entraAdminCenters: Readonly<Record<Cloud, readonly AdminCenter[]>> = {
  global: [entraWorldwide],
  usgov: [
    // GCC sits in Azure Commercial, so it uses the worldwide Entra admin center; GCC High and DoD use the .us one.
    { id: 'entra-gcc', ...links.entraWorldwide },
    { id: 'entra-gcc-high-dod', ...links.entraUsgov },
  ],
  china: [{ id: 'entra-china-21vianet', ...links.entraChina }],
  germany: [entraWorldwide],
};

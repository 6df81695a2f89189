import type { Portal } from './types';

/** The id every organization-run sign-in page (AD FS and the like) shares; not a Microsoft address. */
export const organizationPortalId = 'organization';

/**
 * Whether a page on `host` of this portal is on one of Microsoft's own sign-in addresses: a catalog portal (which
 * the service worker only names for an exact https host of the catalog, from the browser's own report of the
 * sender) whose hosts include this one. An organization's own sign-in host is never called Microsoft's.
 */
export function isMicrosoftSignInAddress(portal: Portal, host: string): boolean {
  return portal.role !== 'entry' && portal.id !== organizationPortalId && portal.hosts.includes(host);
}

import { signInHostname, identifyPortal } from '../identify-portal';
import type { OrgPolicy } from '../policy';
import { portalFor } from './index';
import { organizationPortalId } from './genuine';
import type { Cloud, Portal } from './types';

export { organizationPortalId } from './genuine';

/**
 * An organization's own sign-in host, listed by its administrators in policy: a work sign-in page of the
 * organization's cloud (worldwide unless the policy says otherwise), with that cloud's links.
 */
export function organizationPortal(host: string, cloud: Cloud = 'global'): Portal {
  const work = portalFor(cloud);
  return {
    id: organizationPortalId,
    cloud: work.cloud,
    account: 'work',
    role: 'sign-in',
    hosts: [host],
    hostSources: [],
    status: { state: 'active' },
    links: work.links,
    examples: [`https://${host}/adfs/ls/`],
  };
}

/** The portal a page's origin belongs to: the catalog first, then the hosts the organization's policy lists. */
export function portalForOrigin(origin: string, policy: Pick<OrgPolicy, 'extraSignInHosts' | 'expectedCloud'>): Portal | undefined {
  const known = identifyPortal(origin);
  if (known) return known;
  const host = signInHostname(origin);
  return host && policy.extraSignInHosts.includes(host) ? organizationPortal(host, policy.expectedCloud) : undefined;
}

/** The match pattern (and permission origin) for one organization host. */
export const originPattern = (host: string): string => `https://${host}/*`;

import { browser } from 'wxt/browser';
import type { OrgPolicy } from '@/utils/policy';
import { originPattern } from '@/utils/portals/organization';

/** The id of the content-script registration for the organization's own sign-in hosts. */
const registrationId = 'organization-sign-in';

/** Of the hosts the policy lists, those the person (or administrator) has granted. */
export async function grantedOrganizationHosts(policy: OrgPolicy): Promise<string[]> {
  const granted = await Promise.all(
    policy.extraSignInHosts.map((host) => browser.permissions.contains({ origins: [originPattern(host)] }).catch(() => false)),
  );
  return policy.extraSignInHosts.filter((_host, index) => granted[index]);
}

/**
 * Run the sign-in content script on the policy's extra hosts that have been granted, and nowhere else:
 * registered at run time, since those hosts are known only from policy and optional permissions.
 */
export async function syncOrganizationHosts(policy: OrgPolicy): Promise<void> {
  const hosts = await grantedOrganizationHosts(policy);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [registrationId] }).catch(() => []);
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [registrationId] });
  if (hosts.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: registrationId,
      matches: hosts.map(originPattern),
      // The card's script first: the catalog's hosts import it when the card opens, but it is web-accessible only there.
      js: ['panel-card.js', 'content-scripts/sign-in.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

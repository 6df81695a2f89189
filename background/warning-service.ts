import { lookUpOrgCloud } from './org-cloud-lookup';
import { readPolicy } from '@/platform/policy-reader';
import { cloudLookupEnabled } from '@/platform/settings';
import { emptyPolicy } from '@/utils/policy';
import type { Translate } from '@/utils/i18n/translate';
import type { Portal } from '@/utils/portals/types';
import { decideWarning, needsLookup } from '@/utils/warnings/decide';
import type { Warning } from '@/utils/warnings/types';

/** The service worker's answer to a warning request from a tab: policy first, then (if allowed and needed) the lookup. */
export async function warningFor(portal: Portal, domain: string | undefined, t: Translate, tabId: number): Promise<Warning | undefined> {
  // A closed portal is closed whatever the policy says: no need to wait for it.
  if (portal.cloud === 'germany') return decideWarning({ portal, policy: emptyPolicy }, t);
  const { policy } = await readPolicy();
  const lookupAllowed = !policy.disableCloudLookup && (await cloudLookupEnabled.getValue());
  const orgCloud = domain && lookupAllowed && needsLookup({ portal, domain, policy }) ? await lookUpOrgCloud(domain, tabId) : undefined;
  return decideWarning({ portal, domain, orgCloud, policy }, t);
}

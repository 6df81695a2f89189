import { clouds } from './portals/clouds';
import type { Cloud } from './portals/types';
import { domainOfAccount } from './warnings/account-domain';

/** What an organization's administrators can set through Chrome or Edge managed storage. */
export interface OrgPolicy {
  /** The cloud the organization signs in to; other clouds' work sign-in pages then warn without a lookup. */
  readonly expectedCloud?: Cloud;
  /** The organization's email domains, lower case. */
  readonly organizationDomains: readonly string[];
  /** Turn the cloud lookup off for everyone. */
  readonly disableCloudLookup: boolean;
}

/** A policy with nothing set. */
export const emptyPolicy: OrgPolicy = { organizationDomains: [], disableCloudLookup: false };

/** Parse managed storage: bad values are dropped one by one, each with a note, never failing the whole policy. */
export function parsePolicy(raw: unknown): { policy: OrgPolicy; problems: string[] } {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { policy: emptyPolicy, problems };
  const { expectedCloud, organizationDomains, disableCloudLookup } = raw as Record<string, unknown>;
  let cloud: Cloud | undefined;
  if (expectedCloud !== undefined) {
    if ((clouds as unknown[]).includes(expectedCloud) && expectedCloud !== 'germany') cloud = expectedCloud as Cloud;
    else problems.push(`expectedCloud: "${String(expectedCloud).slice(0, 40)}" is not global, usgov or china; ignored.`);
  }
  const domains: string[] = [];
  if (organizationDomains !== undefined) {
    if (!Array.isArray(organizationDomains)) problems.push('organizationDomains: not a list; ignored.');
    else
      for (const entry of organizationDomains.slice(0, 500)) {
        const domain = typeof entry === 'string' ? domainOfAccount(`x@${entry}`) : undefined;
        if (domain) domains.push(domain);
        else problems.push(`organizationDomains: "${String(entry).slice(0, 60)}" is not a domain; ignored.`);
      }
  }
  let lookupOff = false;
  if (disableCloudLookup !== undefined) {
    if (typeof disableCloudLookup === 'boolean') lookupOff = disableCloudLookup;
    else problems.push('disableCloudLookup: not true or false; ignored.');
  }
  const policy: OrgPolicy = { organizationDomains: [...new Set(domains)].sort(), disableCloudLookup: lookupOff };
  return { policy: cloud ? { ...policy, expectedCloud: cloud } : policy, problems };
}

/** Whether a domain is one of the policy's organization domains or a subdomain of one. */
export function isOrganizationDomain(policy: OrgPolicy, domain: string): boolean {
  return policy.organizationDomains.some((entry) => domain === entry || domain.endsWith(`.${entry}`));
}

import { isConsumerDomain } from './consumer-domains';
import type { OrgCloudAnswer } from './discovery';
import type { Warning } from './types';
import { isOrganizationDomain, type OrgPolicy } from '../policy';
import { signInPortals } from '../portals';
import { cloudLabels } from '../portals/clouds';
import type { Cloud, Portal } from '../portals/types';

/** Everything a warning is decided from: the page's portal, the typed domain, what Microsoft said, the policy. */
export interface WarningInput {
  readonly portal: Portal;
  readonly domain?: string;
  readonly orgCloud?: OrgCloudAnswer;
  readonly policy: OrgPolicy;
}

/** Office 365 Germany's organizations moved to the worldwide cloud: for comparisons, Germany is worldwide. */
const nowSignsInAt = (cloud: Cloud): Cloud => (cloud === 'germany' ? 'global' : cloud);

const workPortal = (cloud: Cloud) => signInPortals.find((portal) => portal.cloud === cloud && portal.account === 'work')!;
const personalPortal = () => signInPortals.find((portal) => portal.account === 'personal')!;

/** Whether the lookup is worth asking for this input: a work-or-personal question only discovery can answer. */
export function needsLookup(input: Omit<WarningInput, 'orgCloud'>): boolean {
  const { portal, domain, policy } = input;
  if (!domain || portal.cloud === 'germany' || isConsumerDomain(domain)) return false;
  return !(policy.expectedCloud && isOrganizationDomain(policy, domain));
}

function wrongCloud(portal: Portal, cloud: Cloud, reason: string, domain?: string): Warning {
  const right = workPortal(cloud);
  return {
    id: 'wrong-cloud',
    title: `Your organization signs in at ${cloudLabels[cloud].name}`,
    body: `This page is ${cloudLabels[portal.cloud].name}. Accounts of your organization sign in at the ${right.name} page instead, with the same address.`,
    reason,
    links: [{ label: `Go to ${right.name}`, url: right.links.home.url }],
    ...(domain ? { domain } : {}),
  };
}

/** The one warning to show for this input, most serious first, or `undefined`. No evidence, no warning. */
export function decideWarning(input: WarningInput): Warning | undefined {
  const { portal, domain, orgCloud, policy } = input;
  const global = workPortal('global');
  if (portal.cloud === 'germany') {
    return {
      id: 'germany-retired',
      title: 'This portal is closed',
      body: 'Office 365 Germany closed on 29 October 2021 and its organizations moved to the worldwide cloud. Sign in at Microsoft 365 with the same work address; admins use the Microsoft 365 admin center.',
      reason: 'This page belongs to Office 365 Germany, which no longer signs anyone in.',
      links: [
        { label: 'Sign in to Microsoft 365', url: global.links.home.url },
        { label: 'Microsoft 365 admin center', url: 'https://admin.microsoft.com/' },
      ],
    };
  }
  if (portal.account === 'work' && domain && isConsumerDomain(domain)) {
    const home = personalPortal();
    return {
      id: 'personal-account',
      title: 'This looks like a personal account',
      body: 'This page is for work or school accounts. A personal Microsoft account is a separate account with its own password, even with the same address.',
      reason: `You typed an address at ${domain}, which is Microsoft's personal mail.`,
      links: [
        { label: 'Personal account sign-in', url: home.links.home.url },
        { label: 'Reset a personal account password', url: home.links.passwordReset.url },
      ],
      domain,
    };
  }
  const policyApplies =
    policy.expectedCloud !== undefined &&
    (!domain || policy.organizationDomains.length === 0 || isOrganizationDomain(policy, domain));
  const policyCloud = policyApplies ? policy.expectedCloud : undefined;
  const lookedUp = domain && orgCloud?.kind === 'cloud' ? nowSignsInAt(orgCloud.cloud) : undefined;
  if (portal.account === 'work') {
    if (policyCloud && policyCloud !== portal.cloud) {
      return wrongCloud(portal, policyCloud, "Your organization's policy says it signs in to this cloud.", domain);
    }
    if (!policyCloud && lookedUp && lookedUp !== portal.cloud) {
      const reason = `You typed an address at ${domain}; Microsoft's directory lists that organization in this cloud.`;
      return wrongCloud(portal, lookedUp, reason, domain);
    }
    return undefined;
  }
  const organizationCloud = domain && policy.expectedCloud && isOrganizationDomain(policy, domain) ? policy.expectedCloud : lookedUp;
  if (!domain || !organizationCloud) return undefined;
  const work = workPortal(organizationCloud);
  return {
    id: 'work-account',
    title: 'This looks like a work or school address',
    body: 'This page is for personal Microsoft accounts. Your work or school account is separate, with its own password: sign in and reset it on the work or school page.',
    reason: `Your organization is known for ${domain}, so this is likely a work or school account.`,
    links: [
      { label: 'Work or school sign-in', url: work.links.home.url },
      { label: 'Reset a work or school password', url: work.links.passwordReset.url },
    ],
    domain,
  };
}

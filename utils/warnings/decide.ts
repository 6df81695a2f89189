import { isConsumerDomain } from './consumer-domains';
import type { OrgCloudAnswer } from './discovery';
import type { Warning } from './types';
import { isOrganizationDomain, type OrgPolicy } from '../policy';
import { signInPortals } from '../portals';
import type { Translate } from '../i18n/translate';
import { cloudName } from '../portals/clouds';
import type { Cloud, Portal } from '../portals/types';
import { portalName } from '../portals/words';

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

function wrongCloud(portal: Portal, cloud: Cloud, reason: string, t: Translate, domain?: string): Warning {
  const right = workPortal(cloud);
  const rightName = portalName(right, t);
  return {
    id: 'wrong-cloud',
    title: t('warning.wrongCloud.title', { cloud: cloudName(cloud, t) }),
    body: t('warning.wrongCloud.body', { pageCloud: cloudName(portal.cloud, t), portal: rightName }),
    reason,
    links: [{ label: t('warning.links.goTo', { portal: rightName }), url: right.links.home.url }],
    ...(domain ? { domain } : {}),
  };
}

/** The one warning to show for this input, in the person's language, most serious first. No evidence, no warning. */
export function decideWarning(input: WarningInput, t: Translate): Warning | undefined {
  const { portal, domain, orgCloud, policy } = input;
  const global = workPortal('global');
  if (portal.cloud === 'germany') {
    return {
      id: 'germany-retired',
      title: t('warning.germanyRetired.title'),
      body: t('warning.germanyRetired.body'),
      reason: t('warning.germanyRetired.reason'),
      links: [
        { label: t('warning.links.signInM365'), url: global.links.home.url },
        { label: t('warning.links.adminCenter'), url: 'https://admin.microsoft.com/' },
      ],
    };
  }
  if (portal.account === 'work' && domain && isConsumerDomain(domain)) {
    const home = personalPortal();
    return {
      id: 'personal-account',
      title: t('warning.personalAccount.title'),
      body: t('warning.personalAccount.body'),
      reason: t('warning.personalAccount.reason', { domain }),
      links: [
        { label: t('warning.links.personalSignIn'), url: home.links.home.url },
        { label: t('warning.links.personalReset'), url: home.links.passwordReset.url },
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
      return wrongCloud(portal, policyCloud, t('warning.wrongCloud.reasonPolicy'), t, domain);
    }
    if (!policyCloud && lookedUp && lookedUp !== portal.cloud) {
      return wrongCloud(portal, lookedUp, t('warning.wrongCloud.reasonLookup', { domain: domain ?? '' }), t, domain);
    }
    return undefined;
  }
  const organizationCloud = domain && policy.expectedCloud && isOrganizationDomain(policy, domain) ? policy.expectedCloud : lookedUp;
  if (!domain || !organizationCloud) return undefined;
  const work = workPortal(organizationCloud);
  return {
    id: 'work-account',
    title: t('warning.workAccount.title'),
    body: t('warning.workAccount.body'),
    reason: t('warning.workAccount.reason', { domain }),
    links: [
      { label: t('warning.links.workSignIn'), url: work.links.home.url },
      { label: t('warning.links.workReset'), url: work.links.passwordReset.url },
    ],
    domain,
  };
}

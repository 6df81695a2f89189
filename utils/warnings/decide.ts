import { isConsumerDomain } from './consumer-domains';
import type { OrgCloudAnswer } from './discovery';
import type { Warning, WarningId } from './types';
import type { AdviceLink } from '../advice/types';
import { dynamicKey, type MessageValues, type Translate } from '../i18n/translate';
import { links } from '../links';
import { isOrganizationDomain, type OrgPolicy } from '../policy';
import { portalFor } from '../portals';
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

/** What a rule found: the words' values, the reason's key (under the rule's id), and where to go instead. */
interface Finding {
  readonly values?: MessageValues;
  readonly reason?: string;
  readonly links: readonly { readonly label: string; readonly url: string; readonly values?: MessageValues }[];
}

/**
 * One warning rule: when it applies (`when` returns its finding, or nothing) and what it says, by key: the words are
 * `warning.<camelId>.title|body|<reason>`, the link labels `warning.links.<label>`.
 */
export interface WarningRule {
  readonly id: WarningId;
  readonly when: (input: WarningInput, t: Translate) => Finding | undefined;
}

/** Office 365 Germany's organizations moved to the worldwide cloud: for comparisons, Germany is worldwide. */
const nowSignsInAt = (cloud: Cloud): Cloud => (cloud === 'germany' ? 'global' : cloud);

/** The cloud the organization's policy says this sign-in belongs to, if the policy covers the typed domain. */
function policyCloud({ policy, domain }: WarningInput): Cloud | undefined {
  if (policy.expectedCloud === undefined) return undefined;
  const covered = !domain || policy.organizationDomains.length === 0 || isOrganizationDomain(policy, domain);
  return covered ? policy.expectedCloud : undefined;
}

/** The cloud Microsoft's discovery document named for the typed domain. */
const lookedUpCloud = ({ domain, orgCloud }: WarningInput): Cloud | undefined =>
  domain && orgCloud?.kind === 'cloud' ? nowSignsInAt(orgCloud.cloud) : undefined;

function wrongCloud(input: WarningInput, cloud: Cloud, reason: 'reasonPolicy' | 'reasonLookup', t: Translate): Finding {
  const right = portalFor(cloud);
  const rightName = portalName(right, t);
  return {
    values: { cloud: cloudName(cloud, t), pageCloud: cloudName(input.portal.cloud, t), portal: rightName, domain: input.domain ?? '' },
    reason,
    // On a reset page, send them to their own cloud's reset; elsewhere to its sign-in.
    links:
      input.portal.role === 'recovery'
        ? [{ label: 'resetAt', values: { portal: rightName }, url: right.links.passwordReset.url }]
        : [{ label: 'goTo', values: { portal: rightName }, url: right.links.home.url }],
  };
}

/** The warnings, most serious first: the first rule that applies is the one shown. No evidence, no warning. */
export const warningRules: readonly WarningRule[] = [
  {
    id: 'germany-retired',
    when: ({ portal }) =>
      portal.cloud === 'germany'
        ? {
            links: [
              { label: 'signInM365', url: portalFor('global').links.home.url },
              { label: 'adminCenter', url: links.adminCenterWorldwide.url },
            ],
          }
        : undefined,
  },
  {
    id: 'personal-account',
    when: ({ portal, domain }) => {
      if (portal.account !== 'work' || !domain || !isConsumerDomain(domain)) return undefined;
      const home = portalFor('global', 'personal');
      return {
        values: { domain },
        links: [
          { label: 'personalSignIn', url: home.links.home.url },
          { label: 'personalReset', url: home.links.passwordReset.url },
        ],
      };
    },
  },
  {
    id: 'wrong-cloud',
    when: (input, t) => {
      const cloud = policyCloud(input);
      return input.portal.account === 'work' && cloud && cloud !== input.portal.cloud
        ? wrongCloud(input, cloud, 'reasonPolicy', t)
        : undefined;
    },
  },
  {
    id: 'wrong-cloud',
    when: (input, t) => {
      const cloud = lookedUpCloud(input);
      const decided = policyCloud(input) !== undefined; // the policy has the last word
      return input.portal.account === 'work' && !decided && cloud && cloud !== input.portal.cloud
        ? wrongCloud(input, cloud, 'reasonLookup', t)
        : undefined;
    },
  },
  {
    id: 'work-account',
    when: (input) => {
      const { portal, domain, policy } = input;
      if (portal.account !== 'personal' || !domain) return undefined;
      const byPolicy = policy.expectedCloud && isOrganizationDomain(policy, domain) ? policy.expectedCloud : undefined;
      const cloud = byPolicy ?? lookedUpCloud(input);
      if (!cloud) return undefined;
      const work = portalFor(cloud);
      return {
        values: { domain },
        links: [
          { label: 'workSignIn', url: work.links.home.url },
          { label: 'workReset', url: work.links.passwordReset.url },
        ],
      };
    },
  },
];

/** Whether the lookup is worth asking for this input: a question only Microsoft's discovery document can answer. */
export function needsLookup(input: Omit<WarningInput, 'orgCloud'>): boolean {
  const { portal, domain, policy } = input;
  if (!domain || portal.cloud === 'germany' || isConsumerDomain(domain)) return false;
  return !(policy.expectedCloud && isOrganizationDomain(policy, domain));
}

const camel = (id: string) => id.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** The one warning to show for this input, in the person's language: the first rule of the table that applies. */
export function decideWarning(input: WarningInput, t: Translate): Warning | undefined {
  for (const rule of warningRules) {
    const finding = rule.when(input, t);
    if (!finding) continue;
    const words = (field: string) => t(dynamicKey('warning', camel(rule.id), field), finding.values);
    const shown: AdviceLink[] = finding.links.map((link) => ({
      label: t(dynamicKey('warning', 'links', link.label), link.values),
      url: link.url,
    }));
    return {
      id: rule.id,
      title: words('title'),
      body: words('body'),
      reason: words(finding.reason ?? 'reason'),
      links: shown,
      ...(input.domain && rule.id !== 'germany-retired' ? { domain: input.domain } : {}),
    };
  }
  return undefined;
}

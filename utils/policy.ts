import { panelHosts } from './portals';
import { clouds } from './portals/clouds';
import type { ReportWebhook } from './reporting/types';
import { readReportWebhook } from './reporting/webhook-policy';
import type { Cloud } from './portals/types';
import { domainOfAccount } from './warnings/account-domain';

/** The organization's helpdesk, shown instead of the generic "contact your admin". */
export interface Helpdesk {
  readonly name?: string;
  /** An https address. */
  readonly url?: string;
  readonly email?: string;
  readonly phone?: string;
}

/** What an organization's administrators can set through Chrome or Edge managed storage. */
export interface OrgPolicy {
  /** The cloud the organization signs in to; other clouds' work sign-in pages then warn without a lookup. */
  readonly expectedCloud?: Cloud;
  /** The organization's email domains, lower case. */
  readonly organizationDomains: readonly string[];
  /** Turn the cloud lookup off for everyone. */
  readonly disableCloudLookup: boolean;
  /** Who people should contact, shown in the panel and the popup. */
  readonly helpdesk?: Helpdesk;
  /** No in-page panel; the toolbar popup still helps. */
  readonly hidePanel: boolean;
  /** The organization's own sign-in hosts (AD FS and the like), exact lower-case hostnames, sorted. */
  readonly extraSignInHosts: readonly string[];
  /** The look-alike guard: off, a warning, or a page in front of the form; unset: the person's switch decides. */
  readonly lookalikeGuard?: GuardMode;
  /** Hosts of the organization's own legitimate Microsoft-login front ends, which the guard never warns on. */
  readonly trustedSignInHosts?: readonly string[];
  /** In `block` mode, whether the block page offers "Continue anyway" (once, for that tab). */
  readonly allowContinueOnBlock?: boolean;
  /** Where the organization edition reports look-alike detections (see docs/enterprise.md); unset: nothing is sent. */
  readonly reportWebhook?: ReportWebhook;
}

/** What the look-alike guard does on a page that imitates Microsoft's sign-in. */
export type GuardMode = 'off' | 'warn' | 'block';

/** Why a policy value was ignored; also the locale key `problem.<reason>`. */
export type PolicyProblemReason =
  | 'notCloud'
  | 'notList'
  | 'notDomain'
  | 'notBoolean'
  | 'notObject'
  | 'notText'
  | 'notHttps'
  | 'notEmail'
  | 'notPhone'
  | 'notHost'
  | 'microsoftHost'
  | 'notGuardMode'
  | 'notReportFormat'
  | 'notReportEvent'
  | 'notReportHost'
  | 'notTenant';

/** One ignored policy value: which field, why, and (shortened) what it was. */
export interface PolicyProblem {
  readonly field: string;
  readonly reason: PolicyProblemReason;
  readonly value?: string;
}

/** A policy with nothing set. */
export const emptyPolicy: OrgPolicy = { organizationDomains: [], disableCloudLookup: false, hidePanel: false, extraSignInHosts: [] };

function shorten(value: unknown, length = 60): string {
  try {
    return String(value).slice(0, length);
  } catch {
    return typeof value; // an object without a way to print itself
  }
}
/** Control and direction-override characters, which could make a name display as something else. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are rejected.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const hostname = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const email = /^[^\s@<>()",;:]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const phone = /^\+?[0-9][0-9 ().\-/]{1,28}[0-9]$/;

/** Each field's reader: a good value, or a problem. Kept as a table so adding a field is one entry. */
type FieldReader<T> = (value: unknown, problems: PolicyProblem[]) => T | undefined;

const readCloud: FieldReader<Cloud> = (value, problems) => {
  if ((clouds as unknown[]).includes(value) && value !== 'germany') return value as Cloud;
  problems.push({ field: 'expectedCloud', reason: 'notCloud', value: shorten(value, 40) });
  return undefined;
};

const readBoolean =
  (field: string): FieldReader<boolean> =>
  (value, problems) => {
    if (typeof value === 'boolean') return value;
    problems.push({ field, reason: 'notBoolean' });
    return undefined;
  };

function readList<T>(field: string, value: unknown, problems: PolicyProblem[], read: (entry: unknown) => T | PolicyProblem): T[] {
  if (!Array.isArray(value)) {
    problems.push({ field, reason: 'notList' });
    return [];
  }
  const good: T[] = [];
  for (const entry of value.slice(0, 500)) {
    const result = read(entry);
    if (typeof result === 'object' && result !== null && 'reason' in result) problems.push(result);
    else good.push(result as T);
  }
  return good;
}

const readDomains: FieldReader<string[]> = (value, problems) =>
  readList<string>('organizationDomains', value, problems, (entry) => {
    const domain = typeof entry === 'string' ? domainOfAccount(`x@${entry}`) : undefined;
    return domain ?? { field: 'organizationDomains', reason: 'notDomain', value: shorten(entry) };
  });

const readHostsOf =
  (field: string): FieldReader<string[]> =>
  (value, problems) =>
    readList<string>(field, value, problems, (entry) => {
      const host = typeof entry === 'string' ? entry.trim().toLowerCase().replace(/\.$/, '') : '';
      if (!hostname.test(host)) return { field, reason: 'notHost', value: shorten(entry) };
      if (panelHosts.includes(host)) return { field, reason: 'microsoftHost', value: host };
      return host;
    }).slice(0, 50);

const guardModes: readonly GuardMode[] = ['off', 'warn', 'block'];
const readGuardMode: FieldReader<GuardMode> = (value, problems) => {
  if ((guardModes as readonly unknown[]).includes(value)) return value as GuardMode;
  problems.push({ field: 'lookalikeGuard', reason: 'notGuardMode', value: shorten(value, 40) });
  return undefined;
};

function readText(field: string, value: unknown, problems: PolicyProblem[], max: number): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text && text.length <= max && !controlCharacters.test(text)) return text;
  problems.push({ field, reason: 'notText', value: shorten(value, 40) });
  return undefined;
}

const readHelpdesk: FieldReader<Helpdesk> = (value, problems) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ field: 'helpdesk', reason: 'notObject' });
    return undefined;
  }
  const raw = value as Record<string, unknown>;
  const helpdesk: { -readonly [K in keyof Helpdesk]: Helpdesk[K] } = {};
  if (raw.name !== undefined) helpdesk.name = readText('helpdesk.name', raw.name, problems, 80);
  if (raw.url !== undefined) {
    const url = readText('helpdesk.url', raw.url, problems, 300);
    const parsed = url && URL.canParse(url) ? new URL(url) : undefined;
    if (parsed?.protocol === 'https:' && !parsed.username && !parsed.password) helpdesk.url = parsed.href;
    else if (url) problems.push({ field: 'helpdesk.url', reason: 'notHttps', value: shorten(url) });
  }
  if (raw.email !== undefined) {
    if (typeof raw.email === 'string' && email.test(raw.email.trim())) helpdesk.email = raw.email.trim();
    else problems.push({ field: 'helpdesk.email', reason: 'notEmail', value: shorten(raw.email) });
  }
  if (raw.phone !== undefined) {
    if (typeof raw.phone === 'string' && phone.test(raw.phone.trim())) helpdesk.phone = raw.phone.trim();
    else problems.push({ field: 'helpdesk.phone', reason: 'notPhone', value: shorten(raw.phone, 40) });
  }
  const kept = Object.fromEntries(Object.entries(helpdesk).filter(([, entry]) => entry !== undefined)) as Helpdesk;
  return Object.keys(kept).length > 0 ? kept : undefined;
};

/** Parse managed storage: bad values are dropped one by one, each with a problem, never failing the whole policy. */
export function parsePolicy(raw: unknown): { policy: OrgPolicy; problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { policy: emptyPolicy, problems };
  const field = raw as Record<string, unknown>;
  const read = <T>(name: string, reader: FieldReader<T>) => (field[name] === undefined ? undefined : reader(field[name], problems));
  const expectedCloud = read('expectedCloud', readCloud);
  const helpdesk = read('helpdesk', readHelpdesk);
  const guard = read('lookalikeGuard', readGuardMode);
  const trusted = [...new Set(read('trustedSignInHosts', readHostsOf('trustedSignInHosts')) ?? [])].sort();
  const allowContinue = read('allowContinueOnBlock', readBoolean('allowContinueOnBlock'));
  const reportWebhook = read('reportWebhook', readReportWebhook);
  const policy: OrgPolicy = {
    organizationDomains: [...new Set(read('organizationDomains', readDomains) ?? [])].sort(),
    disableCloudLookup: read('disableCloudLookup', readBoolean('disableCloudLookup')) ?? false,
    hidePanel: read('hidePanel', readBoolean('hidePanel')) ?? false,
    extraSignInHosts: [...new Set(read('extraSignInHosts', readHostsOf('extraSignInHosts')) ?? [])].sort(),
    ...(expectedCloud ? { expectedCloud } : {}),
    ...(helpdesk ? { helpdesk } : {}),
    ...(guard ? { lookalikeGuard: guard } : {}),
    ...(trusted.length > 0 ? { trustedSignInHosts: trusted } : {}),
    ...(allowContinue !== undefined ? { allowContinueOnBlock: allowContinue } : {}),
    ...(reportWebhook ? { reportWebhook } : {}),
  };
  return { policy, problems };
}

/** Whether a domain is one of the policy's organization domains or a subdomain of one. */
export function isOrganizationDomain(policy: OrgPolicy, domain: string): boolean {
  return policy.organizationDomains.some((entry) => domain === entry || domain.endsWith(`.${entry}`));
}

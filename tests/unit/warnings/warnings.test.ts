import fc from 'fast-check';
import { english } from '../../support/locales';
import { describe, expect, test } from 'vitest';
import { emptyPolicy, parsePolicy, type OrgPolicy } from '@/utils/policy';
import { portalById, signInPortals } from '@/utils/portals';
import { clouds } from '@/utils/portals/clouds';
import type { Cloud } from '@/utils/portals/types';
import { domainOfAccount } from '@/utils/warnings/account-domain';
import { isConsumerDomain } from '@/utils/warnings/consumer-domains';
import { decideWarning, needsLookup, warningRules } from '@/utils/warnings/decide';
import { warningIds } from '@/utils/warnings/types';
import { discoveryUrl, readDiscoveryAnswer } from '@/utils/warnings/discovery';

const portal = (id: string) => portalById(id)!;
const cloudOf = (cloud: Cloud) => ({ kind: 'cloud', cloud }) as const;

describe('domainOfAccount keeps only the domain of an email address', () => {
  test.each([
    ['someone@Contoso.COM', 'contoso.com'],
    ['first.last+tag@sub.fabrikam.co.uk', 'sub.fabrikam.co.uk'],
    ['someone@contoso.com.', 'contoso.com'],
    ['a@b@contoso.com', 'contoso.com'],
    ['someone@bücher.example', 'xn--bcher-kva.example'],
    ['  someone@contoso.com  ', 'contoso.com'],
  ])('%s → %s', (typed, domain) => expect(domainOfAccount(typed)).toBe(domain));

  test.each([
    '',
    'someone',
    '+1 425 555 0100',
    'just.a.name',
    '@contoso.com',
    'someone@',
    'someone@localhost',
    'someone@192.168.0.1',
    'someone@contoso.com/evil',
    'someone@contoso.com?x',
    'someone@con toso.com',
    'someone@-contoso.com',
    `someone@${'a'.repeat(400)}.com`,
    'someone@contoso.com:443',
  ])('%j is not an address: no domain', (typed) => expect(domainOfAccount(typed)).toBeUndefined());

  test('never throws and never returns anything with an @ or a space', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 500 }), fc.emailAddress(), fc.string({ unit: 'grapheme', maxLength: 80 })), (typed) => {
        const domain = domainOfAccount(typed);
        if (domain !== undefined) expect(domain).toMatch(/^[a-z0-9.-]+$/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('consumer domains, by brand and public suffix', () => {
  test.each(['outlook.com', 'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'live.com', 'live.com.au', 'msn.com', 'outlook.de'])(
    '%s is personal mail',
    (domain) => expect(isConsumerDomain(domain)).toBe(true),
  );
  test.each(['contoso.com', 'outlook-contoso.com', 'livestock.com', 'hotmail.contoso.com', 'mylive.com', 'contoso.onmicrosoft.com'])(
    '%s is not',
    (domain) => expect(isConsumerDomain(domain)).toBe(false),
  );
});

describe('reading the discovery answer', () => {
  test('the request URL carries the domain and nothing else', () => {
    expect(discoveryUrl('contoso.com')).toBe('https://login.microsoftonline.com/contoso.com/v2.0/.well-known/openid-configuration');
  });
  test.each([
    [200, { cloud_instance_name: 'microsoftonline.com', tenant_region_scope: 'EU' }, cloudOf('global')],
    [200, { cloud_instance_name: 'microsoftonline.us', tenant_region_scope: 'USGov', tenant_region_sub_scope: 'DOD' }, cloudOf('usgov')],
    [200, { cloud_instance_name: 'microsoftonline.com', tenant_region_scope: 'USGov', tenant_region_sub_scope: 'GCC' }, cloudOf('global')],
    [200, { cloud_instance_name: 'partner.microsoftonline.cn', tenant_region_scope: 'AS' }, cloudOf('china')],
    [200, { tenant_region_scope: 'USGov', tenant_region_sub_scope: 'DODCON' }, cloudOf('usgov')],
    [200, { tenant_region_scope: 'USGov', tenant_region_sub_scope: 'GCC' }, { kind: 'unknown' }],
    [
      400,
      {
        error_description:
          "AADSTS90038: Tenant 'x' belongs to the National Cloud 'AzureChinaCloud'. Current cloud instance 'AzurePublic' does not federate with 'AzureChinaCloud'.",
      },
      cloudOf('china'),
    ],
    [400, { error_description: "AADSTS90038: Tenant 'x' belongs to the National Cloud 'AzureUSGovernment'." }, cloudOf('usgov')],
    [400, { error_description: "AADSTS90038: Tenant 'x' belongs to the National Cloud 'Mars'." }, { kind: 'unknown' }],
    // Only the closed Microsoft Cloud Deutschland is the Germany cloud; the sovereign clouds are never called it.
    [400, { error_description: "AADSTS90038: Tenant 'x' belongs to the National Cloud 'microsoftonline.de'." }, cloudOf('germany')],
    [
      400,
      { error_description: "AADSTS90038: Tenant 'x' belongs to the National Cloud 'Microsoft Cloud Deutschland'." },
      cloudOf('germany'),
    ],
    [
      400,
      { error_description: "AADSTS90038: Tenant 'x' belongs to the National Cloud 'login.sovcloud-identity.de'." },
      { kind: 'unknown' },
    ],
    [400, { error_description: "AADSTS90038: Tenant 'x' belongs to the National Cloud 'AzureDelosCloud'." }, { kind: 'unknown' }],
    [400, { error_description: "AADSTS90038: Tenant 'x' belongs to the National Cloud 'sovcloud-identity.fr'." }, { kind: 'unknown' }],
    [400, { error_description: "AADSTS90038: Tenant 'x' belongs to the National Cloud 'Germany Sovereign'." }, { kind: 'unknown' }],
    [400, { error_description: "AADSTS90038: Tenant 'x' belongs to the National Cloud 'contoso.de'." }, { kind: 'unknown' }],
    [200, { cloud_instance_name: 'sovcloud-identity.de' }, { kind: 'unknown' }],
    [200, { cloud_instance_name: 'microsoftonline.de' }, cloudOf('germany')],
    [400, { error_description: "AADSTS90002: Tenant 'x' not found." }, { kind: 'no-organization' }],
    [500, { error_description: 'AADSTS90033: busy' }, { kind: 'unknown' }],
    [200, { cloud_instance_name: 42 }, { kind: 'unknown' }],
    [200, [], { kind: 'unknown' }],
  ])('%i %j', (status, body, expected) => expect(readDiscoveryAnswer(status, JSON.stringify(body))).toEqual(expected));

  test('garbage, empty and huge bodies read as unknown, never throw', () => {
    expect(readDiscoveryAnswer(200, '<html>')).toEqual({ kind: 'unknown' });
    expect(readDiscoveryAnswer(200, '')).toEqual({ kind: 'unknown' });
    expect(readDiscoveryAnswer(200, `{"cloud_instance_name":"microsoftonline.us","pad":"${'x'.repeat(200_000)}"}`)).toEqual({
      kind: 'unknown',
    });
    fc.assert(fc.property(fc.integer({ min: 100, max: 599 }), fc.string(), (status, body) => void readDiscoveryAnswer(status, body)));
  });
});

describe('the warning decision table', () => {
  const work = (cloud: Cloud) => signInPortals.find((entry) => entry.cloud === cloud && entry.account === 'work')!;

  test('any Germany page warns that the portal is closed', () => {
    expect(decideWarning({ portal: portal('germany-retired'), policy: emptyPolicy }, english)?.id).toBe('germany-retired');
  });

  test('an organization in another cloud warns, with the right portal’s link', () => {
    const warning = decideWarning(
      { portal: work('global'), domain: 'agency.us', orgCloud: cloudOf('usgov'), policy: emptyPolicy },
      english,
    );
    expect(warning?.id).toBe('wrong-cloud');
    expect(warning?.links[0]?.url).toBe('https://portal.office365.us/');
    expect(warning?.reason).toContain('agency.us');
  });

  test('a former Germany tenant on the worldwide page is right where it should be', () => {
    expect(
      decideWarning({ portal: work('global'), domain: 'x.de', orgCloud: cloudOf('germany'), policy: emptyPolicy }, english),
    ).toBeUndefined();
  });

  test('no evidence, no warning: unknown answers, no organization, no domain', () => {
    for (const orgCloud of [{ kind: 'unknown' } as const, { kind: 'no-organization' } as const, undefined]) {
      for (const entry of signInPortals.filter((candidate) => candidate.cloud !== 'germany')) {
        expect(decideWarning({ portal: entry, domain: 'contoso.com', orgCloud, policy: emptyPolicy }, english)).toBeUndefined();
      }
    }
  });

  test('personal mail on a work page, and a known organization on the personal page', () => {
    expect(decideWarning({ portal: work('usgov'), domain: 'hotmail.co.uk', policy: emptyPolicy }, english)?.id).toBe('personal-account');
    expect(
      decideWarning({ portal: portal('personal-msa'), domain: 'contoso.com', orgCloud: cloudOf('global'), policy: emptyPolicy }, english)
        ?.id,
    ).toBe('work-account');
    expect(decideWarning({ portal: portal('personal-msa'), domain: 'outlook.com', policy: emptyPolicy }, english)).toBeUndefined();
    expect(needsLookup({ portal: portal('personal-msa'), domain: 'outlook.com', policy: emptyPolicy })).toBe(false);
  });

  test('policy: any other cloud’s work page warns without a lookup, for the organization’s domains', () => {
    const policy: OrgPolicy = {
      expectedCloud: 'usgov',
      organizationDomains: ['agency.us'],
      disableCloudLookup: false,
      hidePanel: false,
      extraSignInHosts: [],
    };
    expect(decideWarning({ portal: work('global'), policy }, english)?.id).toBe('wrong-cloud');
    expect(decideWarning({ portal: work('global'), domain: 'mail.agency.us', policy }, english)?.id).toBe('wrong-cloud');
    expect(decideWarning({ portal: work('usgov'), domain: 'agency.us', policy }, english)).toBeUndefined();
    expect(decideWarning({ portal: work('global'), domain: 'partner.example', policy }, english)).toBeUndefined();
    expect(needsLookup({ portal: work('global'), domain: 'agency.us', policy })).toBe(false);
  });

  test('property: whenever the organization’s cloud is the page’s cloud, there is no cloud warning', () => {
    const domains = fc.constantFrom('contoso.com', 'agency.us', 'contoso.cn', 'fabrikam.eu');
    fc.assert(
      fc.property(fc.constantFrom(...signInPortals), domains, fc.boolean(), (page, domain, withPolicy) => {
        const policy: OrgPolicy = withPolicy
          ? {
              expectedCloud: page.cloud === 'germany' ? 'global' : page.cloud,
              organizationDomains: [domain],
              disableCloudLookup: false,
              hidePanel: false,
              extraSignInHosts: [],
            }
          : emptyPolicy;
        const warning = decideWarning({ portal: page, domain, orgCloud: cloudOf(page.cloud), policy }, english);
        expect(warning?.id).not.toBe('wrong-cloud');
      }),
      { numRuns: 500 },
    );
  });
});

describe('the warnings carry over to the reset pages', () => {
  test('an organization in the China or US Government cloud on the worldwide reset page is sent to its own reset', () => {
    const china = decideWarning(
      { portal: portal('global-work-reset'), domain: 'contoso.cn', orgCloud: cloudOf('china'), policy: emptyPolicy },
      english,
    );
    expect(china?.id).toBe('wrong-cloud');
    expect(china?.links.map((link) => link.url)).toEqual(['https://passwordreset.activedirectory.windowsazure.cn/']);
    expect(china?.links[0]?.label).toBe('Reset your password for Microsoft 365 operated by 21Vianet (China)');
    const usgov = decideWarning(
      { portal: portal('global-work-reset'), domain: 'agency.us', orgCloud: cloudOf('usgov'), policy: emptyPolicy },
      english,
    );
    expect(usgov?.links.map((link) => link.url)).toEqual(['https://passwordreset.microsoftonline.us/']);
  });

  test('a personal address on the work reset page, and a work address on the personal one, each get the other reset', () => {
    const personal = decideWarning({ portal: portal('usgov-work-reset'), domain: 'outlook.com', policy: emptyPolicy }, english);
    expect(personal?.id).toBe('personal-account');
    expect(personal?.links.map((link) => link.url)).toContain('https://account.live.com/password/reset');
    const work = decideWarning(
      { portal: portal('personal-recovery'), domain: 'contoso.com', orgCloud: cloudOf('global'), policy: emptyPolicy },
      english,
    );
    expect(work?.id).toBe('work-account');
    expect(work?.links.map((link) => link.url)).toContain('https://passwordreset.microsoftonline.com/');
  });
});

describe('the warning rules stay tidy', () => {
  test('every warning id has a rule, and every rule’s words exist in English', () => {
    expect([...new Set(warningRules.map((rule) => rule.id))].sort()).toEqual([...warningIds].sort());
    for (const id of warningIds) {
      const camel = id.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
      for (const field of ['title', 'body'])
        expect(english(`warning.${camel}.${field}` as never), `${id} ${field}`).not.toMatch(/^warning\./);
    }
  });
});

describe('policy parsing drops bad values one by one', () => {
  test('a good policy', () => {
    expect(parsePolicy({ expectedCloud: 'china', organizationDomains: ['Contoso.CN', 'contoso.cn'], disableCloudLookup: true })).toEqual({
      policy: {
        expectedCloud: 'china',
        organizationDomains: ['contoso.cn'],
        disableCloudLookup: true,
        hidePanel: false,
        extraSignInHosts: [],
      },
      problems: [],
    });
  });
  test('bad values are ignored with a note each, good ones kept', () => {
    const { policy, problems } = parsePolicy({
      expectedCloud: 'mars',
      organizationDomains: ['ok.example', 42, 'not a domain'],
      disableCloudLookup: 'yes',
    });
    expect(policy).toEqual({ organizationDomains: ['ok.example'], disableCloudLookup: false, hidePanel: false, extraSignInHosts: [] });
    expect(problems).toHaveLength(4);
  });
  test('nothing, or not an object, is an empty policy', () => {
    for (const raw of [undefined, null, 'x', [], {}]) expect(parsePolicy(raw).policy).toEqual(emptyPolicy);
    expect(clouds).toContain('germany'); // listed as a cloud, but never an expected one
    expect(parsePolicy({ expectedCloud: 'germany' }).policy.expectedCloud).toBeUndefined();
  });
});

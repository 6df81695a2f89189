import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePolicy } from '@/utils/policy';
import { identifyPortal } from '@/utils/identify-portal';
import { organizationPortal, portalForOrigin } from '@/utils/portals/organization';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'managed_schema.json'), 'utf8')) as {
  properties: Record<string, { type: string; properties?: Record<string, unknown> }>;
};
const example = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'policy-example.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('the documented policy example', () => {
  test('parses with nothing ignored, every field applied', () => {
    const { policy, problems } = parsePolicy(example);
    expect(problems).toEqual([]);
    expect(policy).toEqual({
      expectedCloud: 'usgov',
      organizationDomains: ['agency-high.us'],
      disableCloudLookup: true,
      helpdesk: {
        name: 'Agency IT Service Desk',
        url: 'https://servicedesk.agency-high.us/',
        email: 'servicedesk@agency-high.us',
        phone: '+1 555 0100',
      },
      hidePanel: false,
      extraSignInHosts: ['adfs.agency-high.us'],
      lookalikeGuard: 'warn',
      trustedSignInHosts: ['sso.agency-high.us'],
      allowContinueOnBlock: false,
      reportWebhook: { url: 'https://reports.agency-high.us/sign-in-assistant', format: 'json', label: 'agency-laptops' },
    });
  });

  test('the schema Chrome and Edge validate against names exactly the fields we read', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(example).sort());
    expect(Object.keys(schema.properties.helpdesk!.properties!).sort()).toEqual(['email', 'name', 'phone', 'url']);
  });
});

describe('bad values are ignored one by one, each with a reason', () => {
  test.each([
    [{ helpdesk: 'IT' }, 'helpdesk', 'notObject'],
    [{ helpdesk: { url: 'http://help.contoso.com' } }, 'helpdesk.url', 'notHttps'],
    [{ helpdesk: { url: 'https://user:pw@help.contoso.com' } }, 'helpdesk.url', 'notHttps'],
    [{ helpdesk: { url: 'javascript:alert(1)' } }, 'helpdesk.url', 'notHttps'],
    [{ helpdesk: { email: 'it at contoso' } }, 'helpdesk.email', 'notEmail'],
    [{ helpdesk: { phone: 'ring ring' } }, 'helpdesk.phone', 'notPhone'],
    [{ helpdesk: { name: 'x'.repeat(81) } }, 'helpdesk.name', 'notText'],
    [{ helpdesk: { name: 'IT\u202edesk\n' } }, 'helpdesk.name', 'notText'],
    [{ hidePanel: 'yes' }, 'hidePanel', 'notBoolean'],
    [{ extraSignInHosts: 'adfs.contoso.com' }, 'extraSignInHosts', 'notList'],
    [{ extraSignInHosts: ['https://adfs.contoso.com/'] }, 'extraSignInHosts', 'notHost'],
    [{ extraSignInHosts: ['*.contoso.com'] }, 'extraSignInHosts', 'notHost'],
    [{ extraSignInHosts: ['login.live.com'] }, 'extraSignInHosts', 'microsoftHost'],
  ] as const)('%j → %s %s', (raw, field, reason) => {
    const { problems } = parsePolicy(raw);
    expect(problems.map((problem) => `${problem.field} ${problem.reason}`)).toContain(`${field} ${reason}`);
  });

  test('the good parts of a half-bad helpdesk are kept', () => {
    const { policy } = parsePolicy({ helpdesk: { name: ' Contoso IT ', url: 'ftp://x', phone: '+44 (0)20 7946 0000' } });
    expect(policy.helpdesk).toEqual({ name: 'Contoso IT', phone: '+44 (0)20 7946 0000' });
  });

  test('hosts are lower-cased, deduplicated, sorted and capped at 50', () => {
    const many = Array.from({ length: 80 }, (_unused, index) => `adfs${index}.contoso.com`);
    expect(parsePolicy({ extraSignInHosts: ['ADFS.Contoso.com.', 'adfs.contoso.com'] }).policy.extraSignInHosts).toEqual([
      'adfs.contoso.com',
    ]);
    expect(parsePolicy({ extraSignInHosts: many }).policy.extraSignInHosts).toHaveLength(50);
  });

  test('anything at all parses without throwing, and every kept host is a plain hostname', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.oneof(fc.string(), fc.domain(), fc.anything())), (raw, hosts) => {
        for (const input of [raw, { extraSignInHosts: hosts, helpdesk: raw }]) {
          const { policy } = parsePolicy(input);
          for (const host of policy.extraSignInHosts) expect(host).toMatch(/^[a-z0-9.-]+$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the organization’s own sign-in hosts', () => {
  const policy = { extraSignInHosts: ['adfs.contoso.com'], expectedCloud: 'usgov' as const };

  test('a listed host is a work sign-in page of the organization’s cloud, with that cloud’s links', () => {
    const portal = portalForOrigin('https://adfs.contoso.com', policy)!;
    expect(portal).toMatchObject({ id: 'organization', cloud: 'usgov', account: 'work', role: 'sign-in', hosts: ['adfs.contoso.com'] });
    expect(portal.links.passwordReset.url).toBe('https://passwordreset.microsoftonline.us/');
    expect(organizationPortal('adfs.fabrikam.com').cloud).toBe('global');
  });

  test('the catalog still wins, and unlisted or odd origins are nobody’s', () => {
    expect(portalForOrigin('https://login.microsoftonline.com', policy)).toBe(identifyPortal('https://login.microsoftonline.com'));
    for (const origin of [
      'https://adfs.fabrikam.com',
      'http://adfs.contoso.com',
      'https://adfs.contoso.com:8443',
      'https://evil.adfs.contoso.com',
      'garbage',
    ]) {
      expect(portalForOrigin(origin, policy), origin).toBeUndefined();
    }
  });
});

describe('the look-alike guard in policy', () => {
  test('lookalikeGuard is off, warn or block; trustedSignInHosts are exact hosts, Microsoft’s own refused', () => {
    const { policy, problems } = parsePolicy({
      lookalikeGuard: 'block',
      trustedSignInHosts: ['Login.Contoso.com', 'login.microsoftonline.com', 'not a host', 'sso.contoso.com'],
    });
    expect(policy.lookalikeGuard).toBe('block');
    expect(policy.trustedSignInHosts).toEqual(['login.contoso.com', 'sso.contoso.com']);
    expect(problems.map((problem) => `${problem.field} ${problem.reason}`)).toEqual([
      'trustedSignInHosts microsoftHost',
      'trustedSignInHosts notHost',
    ]);
    expect(parsePolicy({ lookalikeGuard: 'loud' }).problems).toEqual([{ field: 'lookalikeGuard', reason: 'notGuardMode', value: 'loud' }]);
    expect(parsePolicy({}).policy.lookalikeGuard).toBeUndefined();
  });
});

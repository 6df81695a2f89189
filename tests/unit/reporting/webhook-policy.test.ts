import { describe, expect, test } from 'vitest';
import { parsePolicy } from '@/utils/policy';

const problemsOf = (reportWebhook: unknown) =>
  parsePolicy({ reportWebhook }).problems.map((problem) => `${problem.field} ${problem.reason}`);

describe('the reportWebhook policy key', () => {
  test('a json channel is kept with its label; events unset means the default kinds', () => {
    const { policy, problems } = parsePolicy({ reportWebhook: { url: 'https://siem.contoso.com/hook?k=1', label: ' Floor 3 laptops ' } });
    expect(problems).toEqual([]);
    expect(policy.reportWebhook).toEqual({ url: 'https://siem.contoso.com/hook?k=1', format: 'json', label: 'Floor 3 laptops' });
  });

  test('a cipp channel needs a tenant: a GUID or a domain', () => {
    const guid = '0b2f3a9c-6f1e-4d2a-9c1b-7e5d4c3b2a10';
    expect(
      parsePolicy({ reportWebhook: { url: 'https://cipp.contoso.com', format: 'cipp', tenantId: guid } }).policy.reportWebhook,
    ).toEqual({
      url: 'https://cipp.contoso.com/',
      format: 'cipp',
      tenantId: guid,
    });
    expect(
      parsePolicy({ reportWebhook: { url: 'https://cipp.contoso.com', format: 'cipp', tenantId: 'contoso.onmicrosoft.com' } }).policy
        .reportWebhook?.tenantId,
    ).toBe('contoso.onmicrosoft.com');
    const missing = parsePolicy({ reportWebhook: { url: 'https://cipp.contoso.com', format: 'cipp' } });
    expect(missing.policy.reportWebhook).toBeUndefined();
    expect(missing.problems.map((problem) => problem.reason)).toEqual(['notTenant']);
    expect(problemsOf({ url: 'https://cipp.contoso.com', format: 'cipp', tenantId: 'not a tenant!' })).toEqual([
      'reportWebhook.tenantId notTenant',
    ]);
  });

  test.each([
    ['not an object', 'https://siem.contoso.com', 'reportWebhook notObject'],
    ['http', { url: 'http://siem.contoso.com/hook' }, 'reportWebhook.url notHttps'],
    ['no url', { format: 'json' }, 'reportWebhook.url notHttps'],
    ['malformed', { url: 'https//siem' }, 'reportWebhook.url notHttps'],
    ['a user in the url', { url: 'https://user:pw@siem.contoso.com/' }, 'reportWebhook.url notHttps'],
    ['javascript', { url: 'javascript:alert(1)' }, 'reportWebhook.url notHttps'],
    ['a Microsoft sign-in host', { url: 'https://login.microsoftonline.com/hook' }, 'reportWebhook.url notReportHost'],
    ['a Microsoft start page', { url: 'https://www.office.com/hook' }, 'reportWebhook.url notReportHost'],
    ['an unknown format', { url: 'https://siem.contoso.com', format: 'xml' }, 'reportWebhook.format notReportFormat'],
  ])('%s: the whole channel is ignored, with a reason', (_name, value, problem) => {
    const { policy, problems } = parsePolicy({ reportWebhook: value });
    expect(policy.reportWebhook).toBeUndefined();
    expect(problems.map((entry) => `${entry.field} ${entry.reason}`)).toEqual([problem]);
  });

  test('a bad label or event name drops only itself; events are kept sorted', () => {
    const { policy, problems } = parsePolicy({
      reportWebhook: {
        url: 'https://siem.contoso.com',
        label: 'a\u202eb',
        events: ['sign-in-warning-shown', 'lookalike-warned', 'phished', 3],
      },
    });
    expect(policy.reportWebhook).toEqual({
      url: 'https://siem.contoso.com/',
      format: 'json',
      events: ['lookalike-warned', 'sign-in-warning-shown'],
    });
    expect(problems.map((entry) => `${entry.field} ${entry.reason}`)).toEqual([
      'reportWebhook.label notText',
      'reportWebhook.events notReportEvent',
      'reportWebhook.events notReportEvent',
    ]);
    expect(problemsOf({ url: 'https://siem.contoso.com', events: 'lookalike-warned' })).toEqual(['reportWebhook.events notList']);
  });

  test('the tenant is not kept for the json format', () => {
    expect(parsePolicy({ reportWebhook: { url: 'https://siem.contoso.com', tenantId: 'contoso.com' } }).policy.reportWebhook).toEqual({
      url: 'https://siem.contoso.com/',
      format: 'json',
    });
  });
});

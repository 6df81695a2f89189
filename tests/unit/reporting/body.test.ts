import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cippReportBody, jsonReportBody, reportRequest, reportUrl } from '@/utils/reporting/body';
import { cleanReportEvent, reportOrigin, shouldReport, browserName } from '@/utils/reporting/event';
import type { QueuedReport, ReportWebhook } from '@/utils/reporting/types';

const context = { extensionVersion: '0.1.0', edition: 'organization', browser: 'chrome' } as const;
const webhook: ReportWebhook = { url: 'https://siem.contoso.com/hook', format: 'json', label: 'Floor 3 laptops' };
const report: QueuedReport = {
  id: '7d1c2f9e-3b4a-4c5d-8e6f-0a1b2c3d4e5f',
  time: Date.UTC(2026, 11, 7, 9, 30, 0),
  attempts: 0,
  nextAt: 0,
  event: {
    event: 'lookalike-warned',
    origin: 'https://login-microsoftonline.example:8443',
    signals: [{ id: 'sign-in-fields', weight: 3 }],
    mode: 'warn',
  },
};

describe('the json report', () => {
  test('carries exactly the documented fields', () => {
    expect(jsonReportBody(report, webhook, context)).toEqual({
      schema: 'sign-in-assistant.report/1',
      id: '7d1c2f9e-3b4a-4c5d-8e6f-0a1b2c3d4e5f',
      event: 'lookalike-warned',
      time: '2026-12-07T09:30:00.000Z',
      host: 'login-microsoftonline.example',
      origin: 'https://login-microsoftonline.example:8443',
      signals: [{ id: 'sign-in-fields', weight: 3 }],
      mode: 'warn',
      extensionVersion: '0.1.0',
      edition: 'organization',
      browser: 'chrome',
      label: 'Floor 3 laptops',
    });
  });

  test('without a label, there is no label field', () => {
    expect(jsonReportBody(report, { url: webhook.url, format: 'json' }, context)).not.toHaveProperty('label');
  });

  test('whatever a caller passes, only the origin and the allowed fields reach the body', () => {
    const secret = 'hunter2-secret';
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.dictionary(fc.string(), fc.string()), (url, extra) => {
        const event = cleanReportEvent({
          ...extra,
          event: 'lookalike-blocked',
          origin: `${url}`,
          password: secret,
          account: `${secret}@contoso.com`,
        });
        if (!event) return;
        const text = reportRequest({ ...report, event }, webhook, context).body;
        expect(text).not.toContain(secret);
        const origin = new URL(url).origin;
        expect(JSON.parse(text).origin).toBe(origin);
        const { pathname, search } = new URL(url);
        const tail = pathname + search;
        if (tail.length > 4 && /^[\w/?=&.-]+$/.test(tail) && !origin.includes(tail)) expect(text).not.toContain(tail);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the cipp report', () => {
  const cipp: ReportWebhook = { url: 'https://cipp.contoso.com/', format: 'cipp', tenantId: 'contoso.onmicrosoft.com', label: 'Floor 3' };

  test('goes to the server’s PublicPhishingCheck path, once', () => {
    expect(reportUrl(cipp)).toBe('https://cipp.contoso.com/api/PublicPhishingCheck');
    expect(reportUrl({ ...cipp, url: 'https://cipp.contoso.com/base///' })).toBe('https://cipp.contoso.com/base/api/PublicPhishingCheck');
    expect(reportUrl({ ...cipp, url: 'https://cipp.contoso.com/api/publicphishingcheck' })).toBe(
      'https://cipp.contoso.com/api/publicphishingcheck',
    );
    expect(reportUrl(webhook)).toBe('https://siem.contoso.com/hook');
  });

  test('has what CIPP needs to file it (source and tenant) and Check’s terms, and no user fields', () => {
    const body = cippReportBody({ ...report, event: { ...report.event, event: 'lookalike-blocked', mode: 'block' } }, cipp, context);
    expect(body).toMatchObject({
      source: 'Sign-in Assistant for Microsoft 365',
      tenantId: 'contoso.onmicrosoft.com',
      type: 'phishing_blocked',
      url: 'https[:]//login-microsoftonline.example[:]8443',
      origin: 'https://login-microsoftonline.example:8443',
      alertSeverity: 'HIGH',
      alertCategory: 'PHISHING_ATTEMPT',
      action: 'blocked',
      matchedRules: [{ id: 'sign-in-fields', weight: 3 }],
      label: 'Floor 3',
      timestamp: '2026-12-07T09:30:00.000Z',
    });
    for (const field of ['userEmail', 'userDisplayName', 'profileId', 'userAgent']) expect(body).not.toHaveProperty(field);
  });
});

describe('events', () => {
  test('origins are cut to scheme, host and port; other schemes are refused', () => {
    expect(reportOrigin('https://evil.example:8443/signin?user=a@b.c#x')).toBe('https://evil.example:8443');
    expect(reportOrigin('https://evil.example/')).toBe('https://evil.example');
    for (const bad of ['javascript:alert(1)', 'chrome-extension://abc/page.html', 'data:text/html,x', 'nothing', 42])
      expect(reportOrigin(bad)).toBeUndefined();
  });

  test('bad signals and warnings are dropped, unknown kinds refused', () => {
    expect(
      cleanReportEvent({
        event: 'sign-in-warning-shown',
        origin: 'https://a.example',
        warning: 'wrong-cloud',
        signals: [
          { id: 'X Y', weight: 1 },
          { id: 'cdn', weight: Number.NaN },
          { id: 'cdn', weight: 0.12345 },
        ],
      }),
    ).toEqual({
      event: 'sign-in-warning-shown',
      origin: 'https://a.example',
      warning: 'wrong-cloud',
      signals: [{ id: 'cdn', weight: 0.123 }],
    });
    expect(cleanReportEvent({ event: 'sign-in-warning-shown', origin: 'https://a.example', warning: '<b>' })).not.toHaveProperty('warning');
    expect(cleanReportEvent({ event: 'page-visited', origin: 'https://a.example' })).toBeUndefined();
    expect(cleanReportEvent(null)).toBeUndefined();
  });

  test('sign-in warnings go only where the policy names them', () => {
    expect(shouldReport('lookalike-warned', webhook)).toBe(true);
    expect(shouldReport('sign-in-warning-shown', webhook)).toBe(false);
    expect(shouldReport('sign-in-warning-shown', { ...webhook, events: ['sign-in-warning-shown'] })).toBe(true);
    expect(shouldReport('lookalike-warned', { ...webhook, events: ['sign-in-warning-shown'] })).toBe(false);
  });

  test('the browser is named from its brands', () => {
    expect(browserName(['Chromium', 'Microsoft Edge', 'Not=A?Brand'])).toBe('edge');
    expect(browserName(['Chromium', 'Google Chrome'])).toBe('chrome');
    expect(browserName([])).toBe('chromium');
  });
});

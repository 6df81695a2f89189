// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { english } from '../../support/locales';
import { helpdeskReport, readErrorDetails } from '@/utils/errors/helpdesk-report';
import { portalById } from '@/utils/portals';

const page = `
<script>$Config={"pgid":"ConvergedError","sErrorCode":"50020","correlationId":"11111111-2222-4333-8444-555555555555","sessionId":"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"};</script>
<div role="alert">AADSTS50020: made-up text</div>
<div id="debugDetails">
  <div><span>Request Id:</span> <span>0b2e4f6a-2222-4b3c-8d4e-000000000020</span></div>
  <div><span>Timestamp:</span> <span>2026-11-25T05:00:00Z</span></div>
</div>
<input type="email" name="loginfmt" value="someone@contoso.example">`;

describe('the helpdesk report', () => {
  const document = new DOMParser().parseFromString(page, 'text/html');
  const details = readErrorDetails(document);

  test('reads the shown request id and timestamp, and the correlation id from $Config when not shown', () => {
    expect(details).toEqual({
      requestId: '0b2e4f6a-2222-4b3c-8d4e-000000000020',
      correlationId: '11111111-2222-4333-8444-555555555555',
      timestamp: '2026-11-25T05:00:00Z',
    });
  });

  test('carries code, ids, time, cloud and origin + path, never the query, the username or the fragment', () => {
    const report = helpdeskReport(
      {
        code: '50020',
        details,
        portal: portalById('global-work')!,
        url: new URL(
          'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/authorize?login_hint=someone%40contoso.example&state=secret#frag',
        ),
        copiedAt: new Date('2026-11-25T06:00:00Z'),
      },
      english,
    );
    expect(report).toContain('AADSTS50020');
    expect(report).toContain('Request Id: 0b2e4f6a-2222-4b3c-8d4e-000000000020');
    expect(report).toContain('Correlation Id: 11111111-2222-4333-8444-555555555555');
    expect(report).toContain('Timestamp: 2026-11-25T05:00:00Z');
    expect(report).toContain('Cloud: Worldwide (global)');
    expect(report).toContain('Page: https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/authorize');
    expect(report).not.toMatch(/login_hint|someone|state=|secret|frag|\?/);
  });

  test('says what was not shown instead of inventing it', () => {
    const report = helpdeskReport(
      {
        details: {},
        portal: portalById('usgov')!,
        url: new URL('https://login.microsoftonline.us/common/login'),
        copiedAt: new Date('2026-11-25T06:00:00Z'),
      },
      english,
    );
    expect(report).toContain('Request Id: not shown');
    expect(report).toContain('Timestamp: not shown (copied at 2026-11-25T06:00:00.000Z)');
  });
});

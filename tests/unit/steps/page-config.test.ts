// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readPageConfig } from '@/utils/steps/page-config';
import { readSignInStep } from '@/utils/steps/sign-in';

const page = (head: string, body = '') =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const config = (text: string) => `<script>${text}</script>`;

describe('$Config and the PageID meta, read as text', () => {
  test('the page id comes from $Config, else from the PageID meta', () => {
    expect(readPageConfig(page(`<meta name="PageID" content="ConvergedTFA">${config('$Config={"pgid":"KmsiInterrupt"};')}`)).pgid).toBe(
      'KmsiInterrupt',
    );
    expect(readPageConfig(page('<meta name="PageID" content="ConvergedConsent">')).pgid).toBe('ConvergedConsent');
    expect(readPageConfig(page('<meta name="PageID" content="Not a page id">')).pgid).toBeUndefined();
  });

  test('iErrorCode stands in for a missing sErrorCode; urlPost gives its path only', () => {
    const read = readPageConfig(
      page(config('$Config={"pgid":"ConvergedError","iErrorCode":50058,"urlPost":"https://login.microsoftonline.com/kmsi?ctx=secret"};')),
    );
    expect(read).toMatchObject({ pgid: 'ConvergedError', errorCode: '50058', postPath: '/kmsi' });
    expect(JSON.stringify(read)).not.toContain('secret');
  });

  test("arrUserProofs gives only the default method's id, never its display", () => {
    const proofs =
      '"arrUserProofs":[{"authMethodId":"PhoneAppNotification","display":"+X XXXXXXXX12","isDefault":false},{"authMethodId":"OneWaySMS","display":"+X XXXXXXXX12","isDefault":true}]';
    const read = readPageConfig(page(config(`$Config={"pgid":"ConvergedTFA",${proofs}};`)));
    expect(read.defaultProof).toBe('OneWaySMS');
    expect(JSON.stringify(read)).not.toContain('XXXX');
  });

  test('a $Config that is not JSON, or megabytes long, gives a calm reading and no exception', () => {
    const broken = page(
      config('$Config={pgid:ConvergedTFA, "pgid": [, "arrUserProofs":[{"isDefault":true'),
      '<input id="i0116" name="loginfmt">',
    );
    expect(readPageConfig(broken)).toEqual({});
    expect(readSignInStep(broken, 'https://login.microsoftonline.com/').step).toBe('account');

    const padding = `"x":"${'a'.repeat(3_000_000)}"`;
    const huge = page(config(`$Config={${padding},"pgid":"ConvergedTFA","arrUserProofs":[${'{"a":1},'.repeat(50_000)}]};`));
    const started = performance.now();
    const reading = readSignInStep(huge, 'https://login.microsoftonline.com/common/login');
    expect(performance.now() - started).toBeLessThan(2_000);
    // Past the first million characters nothing is read: the page id there is not seen, so the page is not claimed.
    expect(reading.step).toBe('unknown');
  });
});

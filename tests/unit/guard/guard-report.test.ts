import { describe, expect, test } from 'vitest';
import { english } from '../../support/locales';
import { guardReport } from '@/content/guard/warning';

describe('the details copied for the IT desk', () => {
  test('the site, the time and what matched; nothing else', () => {
    const text = guardReport(
      'https://login-microsoftonline-verify.example',
      ['sign-in-fields', 'sign-in-cdn'],
      new Date('2026-12-02T10:00:00Z'),
      english,
    );
    expect(text).toBe(
      [
        "A page that imitates Microsoft's sign-in",
        'Site: https://login-microsoftonline-verify.example',
        'Time: 2026-12-02T10:00:00.000Z',
        "What matched: Microsoft's sign-in field names, files from Microsoft's sign-in servers",
      ].join('\n'),
    );
  });
});

import { describe, expect, test } from 'vitest';
import { english } from '../../support/locales';
import { guardReport } from '@/content/guard/warning';

describe('the details copied for the IT desk', () => {
  test('the site, the time, what matched (strongest first, evidence against left out of the words) and the score; nothing else', () => {
    const text = guardReport(
      'https://login-microsoftonline-verify.example',
      [
        { id: 'sign-in-cdn', weight: 3 },
        { id: 'sign-in-fields', weight: 4 },
        { id: 'site-own-brand', weight: -3 },
      ],
      new Date('2026-12-02T10:00:00Z'),
      english,
    );
    expect(text).toBe(
      [
        "A page that imitates Microsoft's sign-in",
        'Site: https://login-microsoftonline-verify.example',
        'Time: 2026-12-02T10:00:00.000Z',
        "What matched: Microsoft's sign-in field names, files from Microsoft's sign-in servers",
        'Score: 4 (sign-in-cdn +3, sign-in-fields +4, site-own-brand -3)',
      ].join('\n'),
    );
  });
});

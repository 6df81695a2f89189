import { describe, expect, test } from 'vitest';
import { english } from '../../support/locales';
import { adviceFor } from '@/utils/advice';
import { datedFacts, datedNotices, hasHappened } from '@/utils/advice/dated';
import { portalById } from '@/utils/portals';
import type { MethodId } from '@/utils/steps/types';

const day = /^\d{4}-\d{2}-\d{2}$/;

describe('dated facts stay current', () => {
  test('every dated fact and notice carries its day and an https source', () => {
    for (const fact of [...Object.values(datedFacts), ...datedNotices]) {
      expect(fact.date).toMatch(day);
      expect(Number.isNaN(Date.parse(fact.date))).toBe(false);
      expect(new URL(fact.source).protocol).toBe('https:');
    }
    for (const notice of datedNotices) expect(notice.checked).toMatch(day);
  });

  test('every notice has a title and words for after its day, different from those before it, so none goes stale', () => {
    for (const notice of datedNotices) {
      for (const key of [notice.past.title, notice.past.body, notice.soon.title]) expect(english(key), notice.id).not.toBe(key); // keys exist
      expect(english(notice.past.body), notice.id).not.toBe(english(notice.soon.body));
      expect(english(notice.past.title), notice.id).not.toBe(english(notice.soon.title));
      if (hasHappened(notice, new Date())) expect(english(notice.past.body), `${notice.id} is past its day`).toMatch(/^Since /);
    }
  });
});

describe('the text and call code notice, on both sides of 1 February 2027 (fixed clock)', () => {
  const worldwide = portalById('global-work')!;
  const on = (iso: string, method: MethodId = 'text', step: 'verification' | 'security-setup' = 'verification') =>
    adviceFor(step, worldwide, { t: english, now: new Date(iso) }, method).find((item) => item.id === 'sms-voice-retirement');
  const before = '2027-01-31T23:59:59Z';
  const after = '2027-02-01T00:00:00Z';

  test('before the day: its own title, "from", the organization\'s own provider, set up the app or a passkey', () => {
    const notice = on(before)!;
    expect(notice.title).toBe('Text and call codes end on 1 February 2027');
    expect(notice.body).toMatch(/^From 1 February 2027/);
    expect(notice.body).toMatch(/provider of its own/);
    expect(notice.body).toMatch(/Authenticator app or a passkey/);
    expect(notice.body).not.toMatch(/can't be skipped/);
  });

  test('from the day: another title, "since", codes only through the organization\'s provider, the blocking passkey prompt', () => {
    const notice = on(after)!;
    expect(notice.title).toBe('Microsoft no longer sends text and call codes');
    expect(notice.body).toMatch(/^Since 1 February 2027/);
    expect(notice.body).toMatch(/only if your organization uses its own provider/);
    expect(notice.body).toMatch(/create a passkey while signing in: that step can't be skipped/);
    expect(on('2031-06-01T00:00:00Z')!.title).toBe(notice.title); // a clock years ahead: still the past words
  });

  test('a clock that is broken or years behind gives a calm answer, never an exception', () => {
    expect(on('1999-01-01T00:00:00Z')!.body).toMatch(/^From /);
    expect(() => adviceFor('verification', worldwide, { t: english, now: new Date('garbage') }, 'text')).not.toThrow();
  });

  test('shown for a text and a call (also when setting one up), never for an app code, a passkey or the list of methods', () => {
    for (const moment of [before, after]) {
      expect(on(moment, 'text'), moment).toBeDefined();
      expect(on(moment, 'phone-call'), moment).toBeDefined();
      expect(on(moment, 'text', 'security-setup'), moment).toBeDefined();
      for (const method of ['code', 'number-match', 'app-notification', 'passkey', 'choose'] as const) {
        expect(on(moment, method), `${method} ${moment}`).toBeUndefined();
        expect(on(moment, method, 'security-setup'), `${method} setup ${moment}`).toBeUndefined();
      }
      expect(adviceFor('verification', worldwide, { t: english, now: new Date(moment) }).map((item) => item.id)).not.toContain(
        'sms-voice-retirement',
      );
    }
  });

  test('it concerns the worldwide cloud only: US Government and 21Vianet follow later, personal accounts are not in it', () => {
    for (const id of ['usgov', 'china-21vianet', 'personal-msa']) {
      const ids = adviceFor('verification', portalById(id)!, { t: english }, 'text').map((item) => item.id);
      expect(ids, id).not.toContain('sms-voice-retirement');
    }
    expect(adviceFor('verification', portalById('germany-retired')!, { t: english }, 'phone-call').map((item) => item.id)).toContain(
      'sms-voice-retirement',
    );
  });
});

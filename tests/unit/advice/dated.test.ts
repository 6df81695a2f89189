import { describe, expect, test } from 'vitest';
import { english } from '../../support/locales';
import { adviceFor } from '@/utils/advice';
import { datedFacts, datedNotices, hasHappened } from '@/utils/advice/dated';
import { portalById } from '@/utils/portals';

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

  test('every notice has words for after its day, different from the words before it, so none goes stale', () => {
    for (const notice of datedNotices) {
      expect(english(notice.past), notice.id).not.toBe(notice.past); // the key exists
      expect(english(notice.past), notice.id).not.toBe(english(notice.soon));
      if (hasHappened(notice, new Date())) expect(english(notice.past), `${notice.id} is past its day`).toMatch(/^Since /);
    }
  });

  test('the text and call code notice reads "from" before 1 February 2027 and "since" from that day, decided from the clock', () => {
    const worldwide = portalById('global-work')!;
    const on = (iso: string) =>
      adviceFor('verification', worldwide, { t: english, now: new Date(iso) }, 'code').find((item) => item.id === 'sms-voice-retirement')!;
    expect(on('2027-01-31T23:59:59Z').body).toMatch(/^From 1 February 2027/);
    expect(on('2027-02-01T00:00:00Z').body).toMatch(/^Since 1 February 2027/);
  });

  test('it concerns the worldwide cloud only: US Government and 21Vianet follow later, personal accounts are not in it', () => {
    for (const id of ['usgov', 'china-21vianet', 'personal-msa']) {
      const ids = adviceFor('verification', portalById(id)!, { t: english }, 'code').map((item) => item.id);
      expect(ids, id).not.toContain('sms-voice-retirement');
    }
    expect(adviceFor('verification', portalById('germany-retired')!, { t: english }, 'code').map((item) => item.id)).toContain(
      'sms-voice-retirement',
    );
  });
});

import { describe, expect, test } from 'vitest';
import {
  dueReports,
  nextDue,
  outcomeOf,
  pruneQueue,
  queueLimits,
  readStoredQueue,
  retryDelayMs,
  retryDelaysMs,
} from '@/utils/reporting/delivery';
import { falseAlarmDetails } from '@/utils/reporting/false-alarm';
import type { QueuedReport } from '@/utils/reporting/types';

const hour = 3_600_000;
const queued = (index: number, time: number): QueuedReport => ({
  id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  time,
  attempts: 0,
  nextAt: time,
  event: { event: 'lookalike-warned', origin: `https://site${index}.example` },
});

describe('retries', () => {
  test('the first retry comes within a minute, later ones wait longer, never more than 8 hours', () => {
    expect(retryDelayMs(1)).toBeLessThanOrEqual(60_000);
    for (let attempt = 2; attempt <= 20; attempt += 1) expect(retryDelayMs(attempt)).toBeGreaterThanOrEqual(retryDelayMs(attempt - 1));
    expect(retryDelayMs(50)).toBe(8 * hour);
    expect(retryDelaysMs.length).toBeGreaterThan(3);
  });

  test('2xx is delivered; busy, rate-limited and failing servers are retried; other refusals are final', () => {
    expect([200, 201, 204].map(outcomeOf)).toEqual(['delivered', 'delivered', 'delivered']);
    expect([408, 429, 500, 502, 503].map(outcomeOf)).toEqual(['retry', 'retry', 'retry', 'retry', 'retry']);
    expect([301, 400, 401, 403, 404, 413].map(outcomeOf)).toEqual(['drop', 'drop', 'drop', 'drop', 'drop', 'drop']);
  });
});

describe('the queue', () => {
  const now = Date.UTC(2026, 11, 7);

  test('keeps at most 100 events, the newest', () => {
    const many = Array.from({ length: 1000 }, (_unused, index) => queued(index, now - 1000 + index));
    const kept = pruneQueue(many, now);
    expect(kept).toHaveLength(queueLimits.maxEvents);
    expect(kept[0]!.id).toBe(many[900]!.id);
  });

  test('drops events older than 24 hours', () => {
    expect(pruneQueue([queued(1, now - 25 * hour), queued(2, now - 23 * hour)], now).map((report) => report.id)).toEqual([queued(2, 0).id]);
  });

  test('says what is due and when the next one is', () => {
    const later = { ...queued(2, now), nextAt: now + 30_000 };
    expect(dueReports([queued(1, now), later], now)).toHaveLength(1);
    expect(nextDue([later, { ...later, nextAt: now + 5000 }])).toBe(now + 5000);
    expect(nextDue([])).toBeUndefined();
  });

  test('a damaged store reads as the good entries only', () => {
    const good = queued(1, now);
    expect(
      readStoredQueue([
        good,
        { ...good, id: 'x' },
        { ...good, attempts: '1' },
        { ...good, event: { event: 'nope', origin: 'https://a.example' } },
        null,
      ]),
    ).toEqual([good]);
    expect(readStoredQueue('garbage')).toEqual([]);
  });
});

describe('the false-alarm details', () => {
  test('name the site, the time, what matched (in words where there are words) and the report', () => {
    const words: Record<string, string> = {
      'falseAlarm.title': 'Not a fake',
      'falseAlarm.site': 'Site',
      'falseAlarm.time': 'Time',
      'falseAlarm.signals': 'What matched',
      'falseAlarm.reportId': 'Report id',
      'guard.signal.signInFields': 'the field names',
    };
    const t = (key: string) => words[key] ?? key;
    const text = falseAlarmDetails(
      {
        origin: 'https://intranet.contoso.com',
        time: new Date(Date.UTC(2026, 11, 7)),
        signals: [
          { id: 'sign-in-fields', weight: 2 },
          { id: 'new-signal', weight: 1 },
        ],
        id: 'abc',
      },
      t as never,
    );
    expect(text).toBe(
      [
        'Not a fake',
        'Site: https://intranet.contoso.com',
        'Time: 2026-12-07T00:00:00.000Z',
        'What matched: the field names, new-signal',
        'Report id: abc',
      ].join('\n'),
    );
  });
});

import { describe, expect, test } from 'vitest';
import { isFresh, lookupLimits, mayAsk, pruneCache, readCache, type CachedAnswer } from '@/utils/warnings/lookup-budget';

const minute = 60_000;
const day = 24 * 60 * minute;
const now = 100 * day;
const entry = (at: number, kind: 'cloud' | 'unknown' = 'cloud'): CachedAnswer => ({
  answer: kind === 'cloud' ? { kind, cloud: 'global' } : { kind },
  at,
});
const cacheOf = (count: number, at: (i: number) => number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`d${i}.example`, entry(at(i))]));

describe('the cloud lookup’s budget', () => {
  test('an answer stands 7 days, a failure 1 day (so a domain is asked at most once a day)', () => {
    expect(isFresh(entry(now - 7 * day + 1), now)).toBe(true);
    expect(isFresh(entry(now - 7 * day), now)).toBe(false);
    expect(isFresh(entry(now - day + 1, 'unknown'), now)).toBe(true);
    expect(isFresh(entry(now - day, 'unknown'), now)).toBe(false);
    expect(isFresh(entry(now + minute), now)).toBe(false); // a time in the future is not believed
  });

  test('10 requests a minute per tab, 30 in all', () => {
    const quiet = { cache: {}, inFlight: 0, now };
    expect(mayAsk({ ...quiet, tabSentAt: Array(9).fill(now - 1000) })).toBe(true);
    expect(mayAsk({ ...quiet, tabSentAt: Array(10).fill(now - 1000) })).toBe(false);
    expect(mayAsk({ ...quiet, tabSentAt: Array(10).fill(now - minute) })).toBe(true); // a minute later
    const busy = cacheOf(25, () => now - 1000);
    expect(mayAsk({ cache: busy, tabSentAt: [], inFlight: 4, now })).toBe(true);
    expect(mayAsk({ cache: busy, tabSentAt: [], inFlight: 5, now })).toBe(false);
  });

  test('a full cache takes a new domain only in place of one asked more than a day ago', () => {
    const full = cacheOf(lookupLimits.maxEntries, () => now - 2 * minute - 1000);
    expect(mayAsk({ cache: full, tabSentAt: [], inFlight: 0, now })).toBe(false);
    const oneOld = { ...full, 'd0.example': entry(now - day - 1) };
    expect(mayAsk({ cache: oneOld, tabSentAt: [], inFlight: 0, now })).toBe(true);
    expect(mayAsk({ cache: oneOld, tabSentAt: [], inFlight: 1, now })).toBe(false);
  });

  test('pruning drops stale entries and keeps the newest 200; a stored value of the wrong shape is dropped entry by entry', () => {
    const cache = { ...cacheOf(250, (i) => now - i * 1000), 'stale.example': entry(now - 8 * day) };
    const pruned = pruneCache(cache, now);
    expect(Object.keys(pruned)).toHaveLength(200);
    expect(pruned['d0.example']).toBeDefined();
    expect(pruned['d249.example']).toBeUndefined();
    expect(pruned['stale.example']).toBeUndefined();
    expect(readCache({ 'a.example': entry(now), 'b.example': { at: 'x' }, 'c.example': { answer: { kind: 'nope' }, at: 1 } })).toEqual({
      'a.example': entry(now),
    });
    expect(readCache([1, 2])).toEqual({});
    expect(readCache(null)).toEqual({});
  });
});

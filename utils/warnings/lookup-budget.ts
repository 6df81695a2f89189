import type { OrgCloudAnswer } from './discovery';

/** What is remembered per looked-up domain: the answer (a cloud, no organization, or unknown) and when it was asked. */
export interface CachedAnswer {
  readonly answer: OrgCloudAnswer;
  readonly at: number;
}

/** The cloud lookup's answers, per domain. */
export type AnswerCache = Readonly<Record<string, CachedAnswer>>;

const minute = 60 * 1000;
const day = 24 * 60 * minute;

/**
 * How much the cloud lookup may send. A page drives it (every domain typed in its account field), so it is bounded
 * per tab and in all, and each domain is asked at most once a day: an answer is kept 7 days, a failure 1 day, and
 * an entry younger than a day is never pushed out of the full cache (a new domain then waits instead).
 */
export const lookupLimits = {
  perTabPerMinute: 10,
  allTabsPerMinute: 30,
  maxEntries: 200,
  keepFor: { cloud: 7 * day, 'no-organization': 7 * day, unknown: day },
} as const;

/** Whether a cached answer still stands (a domain is asked again only after this). */
export function isFresh(entry: CachedAnswer | undefined, now: number): entry is CachedAnswer {
  return entry !== undefined && now - entry.at >= 0 && now - entry.at < lookupLimits.keepFor[entry.answer.kind];
}

/** Whether a stored value has the cache's shape: each entry a known answer and a time (anything else is dropped). */
export function readCache(value: unknown): Record<string, CachedAnswer> {
  const cache: Record<string, CachedAnswer> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return cache;
  for (const [domain, entry] of Object.entries(value as Record<string, unknown>)) {
    const { answer, at } = (entry ?? {}) as Partial<CachedAnswer>;
    if (typeof at === 'number' && answer && answer.kind in lookupLimits.keepFor) cache[domain] = { answer, at };
  }
  return cache;
}

/** The cache without stale entries, the newest {@link lookupLimits.maxEntries} kept. */
export function pruneCache(cache: AnswerCache, now: number): Record<string, CachedAnswer> {
  const kept = Object.entries(cache)
    .filter(([, entry]) => isFresh(entry, now))
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, lookupLimits.maxEntries);
  return Object.fromEntries(kept);
}

/** What the lookup knows when it decides whether one more request may go out. */
export interface LookupBudget {
  /** The cache, pruned. */
  readonly cache: AnswerCache;
  /** When this tab's earlier requests went out. */
  readonly tabSentAt: readonly number[];
  /** Requests on their way (not yet in the cache). */
  readonly inFlight: number;
  readonly now: number;
}

/**
 * Whether one more discovery request may go out now: under the per-tab and overall rates (the overall one counted
 * from the cache, whose entries record when each request went out, so it holds across service-worker restarts),
 * and with room in the cache for its answer without forgetting a domain asked less than a day ago.
 */
export function mayAsk({ cache, tabSentAt, inFlight, now }: LookupBudget): boolean {
  const recent = (at: number) => now - at < minute && now - at >= 0;
  if (tabSentAt.filter(recent).length >= lookupLimits.perTabPerMinute) return false;
  const entries = Object.values(cache);
  if (entries.filter((entry) => recent(entry.at)).length + inFlight >= lookupLimits.allTabsPerMinute) return false;
  if (entries.length + inFlight < lookupLimits.maxEntries) return true;
  const evictable = entries.filter((entry) => now - entry.at >= day).length;
  return evictable > inFlight;
}

import { defineLocalItem } from '@/platform/local-item';
import { discoveryUrl, readDiscoveryAnswer, type OrgCloudAnswer } from '@/utils/warnings/discovery';
import { isFresh, mayAsk, pruneCache, readCache, type CachedAnswer } from '@/utils/warnings/lookup-budget';

const isObject = (value: unknown): value is Record<string, CachedAnswer> => typeof value === 'object' && value !== null;

/** Answers per domain (see `lookupLimits`): read and written by the service worker only, one change at a time. */
const orgClouds = defineLocalItem<Record<string, CachedAnswer>>('orgClouds', {}, isObject);

/** One request in flight per domain: a second question about it waits for the first answer. */
const inFlight = new Map<string, Promise<OrgCloudAnswer>>();
/** When each tab's requests went out (memory only; the overall rate is counted from the cache). */
const sentByTab = new Map<number, number[]>();
let sending = 0;

/**
 * Every read-modify-write of the cache runs after the one before it has been written: two lookups that end
 * together would otherwise each write the cache they read, and one answer would be lost (measured before this
 * queue: 40 domains at once left 22 in the cache).
 */
let cacheQueue: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const run = cacheQueue.then(work, work);
  cacheQueue = run.catch(() => undefined);
  return run;
}

const unknown: OrgCloudAnswer = { kind: 'unknown' };

async function ask(domain: string): Promise<OrgCloudAnswer> {
  try {
    const response = await fetch(discoveryUrl(domain), {
      signal: AbortSignal.timeout(3000),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'error',
    });
    return readDiscoveryAnswer(response.status, await response.text());
  } catch {
    return unknown;
  }
}

/**
 * Which cloud the organization behind a domain signs in to, from Microsoft's discovery document. Sends the
 * domain and nothing else (no cookies, no referrer), gives up after 3 seconds, and answers `unknown` on any
 * failure, and when the tab or the extension has asked too often (`lookupLimits`), so the caller warns about nothing.
 */
export function lookUpOrgCloud(domain: string, tabId: number, now = Date.now()): Promise<OrgCloudAnswer> {
  const pending = inFlight.get(domain);
  if (pending) return pending;
  const lookup = (async () => {
    const go = await serially(async () => {
      const cache = pruneCache(readCache(await orgClouds.getValue()), now);
      const cached = cache[domain];
      if (isFresh(cached, now)) return cached.answer;
      const tabSentAt = (sentByTab.get(tabId) ?? []).filter((at) => now - at < 60_000);
      if (!mayAsk({ cache, tabSentAt, inFlight: sending, now })) return unknown; // not remembered: asked later, if at all
      sentByTab.set(tabId, [...tabSentAt, now]);
      sending += 1;
      return undefined;
    });
    if (go) return go;
    let answer: OrgCloudAnswer = unknown;
    try {
      answer = await ask(domain);
      await serially(async () => {
        const cache = readCache(await orgClouds.getValue());
        // Pruned as of the write, not of this lookup's start: a lookup that started later and answered sooner has an
        // entry newer than `now`, which pruning by `now` took for one from the future and dropped.
        await orgClouds.setValue(pruneCache({ ...cache, [domain]: { answer, at: now } }, Math.max(now, Date.now())));
      });
    } finally {
      sending -= 1;
    }
    return answer;
  })()
    .catch(() => unknown)
    .finally(() => inFlight.delete(domain));
  inFlight.set(domain, lookup);
  return lookup;
}

/** Forget a closed tab's request times. */
export function forgetTabLookups(tabId: number): void {
  sentByTab.delete(tabId);
}

import { defineLocalItem } from '@/platform/local-item';
import { discoveryUrl, readDiscoveryAnswer, type OrgCloudAnswer } from '@/utils/warnings/discovery';

/** What is remembered per domain: the answer (a cloud, no organization, or unknown) and when it was asked. */
interface CachedAnswer {
  readonly answer: OrgCloudAnswer;
  readonly at: number;
}

const day = 24 * 60 * 60 * 1000;
const keepFor = { cloud: 7 * day, 'no-organization': 7 * day, unknown: day } as const;
const maxEntries = 200;

const isCache = (value: unknown): value is Record<string, CachedAnswer> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Answers per domain, kept 7 days (a failed lookup 1 day, so each domain is asked at most once a day). */
const orgClouds = defineLocalItem<Record<string, CachedAnswer>>('orgClouds', {}, isCache);

const inFlight = new Map<string, Promise<OrgCloudAnswer>>();

/**
 * Which cloud the organization behind a domain signs in to, from Microsoft's discovery document. Sends the
 * domain and nothing else (no cookies, no referrer), gives up after 3 seconds, and answers `unknown` on any
 * failure, so the caller warns about nothing.
 */
export function lookUpOrgCloud(domain: string, now = Date.now()): Promise<OrgCloudAnswer> {
  const pending = inFlight.get(domain);
  if (pending) return pending;
  const lookup = (async () => {
    const cache = await orgClouds.getValue();
    const cached = cache[domain];
    if (cached && now - cached.at < keepFor[cached.answer.kind]) return cached.answer;
    let answer: OrgCloudAnswer;
    try {
      const response = await fetch(discoveryUrl(domain), {
        signal: AbortSignal.timeout(3000),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        redirect: 'error',
      });
      answer = readDiscoveryAnswer(response.status, await response.text());
    } catch {
      answer = { kind: 'unknown' };
    }
    const fresh = Object.entries({ ...(await orgClouds.getValue()), [domain]: { answer, at: now } })
      .filter(([, entry]) => now - entry.at < 7 * day)
      .sort(([, a], [, b]) => b.at - a.at)
      .slice(0, maxEntries);
    await orgClouds.setValue(Object.fromEntries(fresh));
    return answer;
  })().finally(() => inFlight.delete(domain));
  inFlight.set(domain, lookup);
  return lookup;
}

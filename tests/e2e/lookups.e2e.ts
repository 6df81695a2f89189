import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForPanel, waitUntilReady } from './harness/panel';
import { useSession, type Session } from './harness/session';

// The cloud lookup is driven by what a page's account field says, so a page can drive it: these are the bounds
// (PRIVACY.md: at most once a day per domain; README: 10 lookups a minute per tab, 30 in all).
const signIn = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x';

async function open(session: Session): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(signIn, { waitUntil: 'load' });
  await waitForPanel(page);
  await waitUntilReady(page);
  return page;
}

/** The page types each address in its account field and leaves it, with synthetic events, as fast as it can. */
async function typeAll(page: Page, domains: readonly string[]): Promise<void> {
  await page.evaluate((list) => {
    const field = document.querySelector('#i0116') as HTMLInputElement;
    for (const domain of list) {
      field.value = `someone@${domain}`;
      field.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    }
  }, domains);
}

/** How many discovery requests reached our stand-in for Microsoft's endpoint, per domain. */
function discoveryRequests(session: Session): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { host, path } of session.server.requests) {
    const domain = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path)?.[1];
    if (host === 'login.microsoftonline.com' && domain) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  return counts;
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0);
const cached = (session: Session) =>
  session.browser.serviceWorker.evaluate(async () => Object.keys((await chrome.storage.local.get('orgClouds')).orgClouds ?? {}));
const domainsOf = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}.example`);

describe('a page that floods its account field', () => {
  const session = useSession();

  test('300 field events with 300 domains make at most 10 lookups (the tab’s limit for a minute), and the panel settles', async () => {
    const page = await open(session);
    const started = Date.now();
    await typeAll(page, domainsOf('flood', 300));
    await waitUntilReady(page);
    const requests = total(discoveryRequests(session));
    console.info(`lookups under a 300-event flood: ${requests} (settled in ${Date.now() - started} ms)`);
    expect(requests).toBeGreaterThan(0);
    expect(requests).toBeLessThanOrEqual(10);
    await page.close();
  });
});

describe('lookups that overlap', () => {
  const session = useSession();

  test('30 domains at once from 3 tabs: all 30 answers cached; the same 30 again: no request (at most once a day per domain)', async () => {
    const domains = domainsOf('race', 30);
    const pages = await Promise.all([0, 1, 2].map(() => open(session)));
    await Promise.all(pages.map((page, i) => typeAll(page, domains.slice(i * 10, i * 10 + 10))));
    await Promise.all(pages.map(waitUntilReady));
    expect(total(discoveryRequests(session))).toBe(30);
    // The cache writes land a moment after the panels settle on a loaded machine: wait for them (a lost one never comes).
    await expect.poll(async () => (await cached(session)).sort()).toEqual([...domains].sort());
    const again = await Promise.all([0, 1, 2].map(() => open(session)));
    await Promise.all(again.map((page, i) => typeAll(page, domains.slice(i * 10, i * 10 + 10))));
    await Promise.all(again.map(waitUntilReady));
    const counts = discoveryRequests(session);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    expect(total(counts)).toBe(30);
    await Promise.all([...pages, ...again].map((page) => page.close()));
  });
});

describe('more lookups at once than the overall limit', () => {
  const session = useSession();

  test('40 domains at once from 4 tabs: 30 go out (the limit for a minute in all), each cached, none asked twice', async () => {
    const before = total(discoveryRequests(session));
    const cachedBefore = (await cached(session)).length;
    const domains = domainsOf('forty', 40);
    const pages = await Promise.all([0, 1, 2, 3].map(() => open(session)));
    await Promise.all(pages.map((page, i) => typeAll(page, domains.slice(i * 10, i * 10 + 10))));
    await Promise.all(pages.map(waitUntilReady));
    const sent = total(discoveryRequests(session)) - before;
    // The panel settles on its answer before the service worker's serialized cache writes have all landed (on a
    // loaded machine, a few writes later): wait for them, as a lost entry would never come.
    await expect.poll(async () => (await cached(session)).length - cachedBefore).toBe(30);
    console.info(`40-domain race: ${sent} requests, ${(await cached(session)).length - cachedBefore} new cache entries`);
    expect(sent).toBe(30);
    expect([...discoveryRequests(session).values()].every((count) => count === 1)).toBe(true);
    await Promise.all(pages.map((page) => page.close()));
  });
});

describe('one request in flight per domain', () => {
  const session = useSession();

  test('three tabs asking about the same slow domain at once: one request', async () => {
    const slowBefore = discoveryRequests(session).get('slow.example') ?? 0;
    const pages = await Promise.all([0, 1, 2].map(() => open(session)));
    await Promise.all(pages.map((page) => typeAll(page, ['slow.example'])));
    await Promise.all(pages.map(waitUntilReady));
    expect((discoveryRequests(session).get('slow.example') ?? 0) - slowBefore).toBe(1);
    await Promise.all(pages.map((page) => page.close()));
  });
});

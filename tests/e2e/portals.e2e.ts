import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSession } from './harness/session';
import { lookAlikeHosts, ordinaryHosts } from './harness/hosts';
import { afterIdleScripts, extensionWorldsIn, inPanel, readPanelHost, waitForPanel } from './harness/panel';
import { accountPortals, portals, signInPortals } from '@/utils/portals';

const session = useSession();
let page: Page;

async function open(url: string): Promise<Page> {
  await page?.close();
  page = await session.browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

describe('every sign-in and account-page portal gets exactly one panel with the contract attributes', () => {
  for (const portal of [...signInPortals, ...accountPortals]) {
    for (const example of portal.examples) {
      test(`${portal.id}: ${example}`, async () => {
        const target = await open(example);
        await waitForPanel(target);
        await afterIdleScripts(target);
        const host = await readPanelHost(target);
        expect(host.count).toBe(1);
        expect(host.attributes.cloud).toBe(portal.cloud);
        expect(host.attributes.account).toBe(portal.account);
        expect(host.pageCanReachInside).toBe(false);
      });
    }
  }
});

describe('no panel and no injected script anywhere else', () => {
  const entryExamples = portals.filter((portal) => portal.role === 'entry').flatMap((portal) => portal.examples);
  const elsewhere = [
    ...lookAlikeHosts.map((host) => `https://${host}/common/oauth2/v2.0/authorize?client_id=x`),
    ...ordinaryHosts.map((host) => `https://${host}/`),
    ...entryExamples,
  ];
  for (const url of elsewhere) {
    test(url, async () => {
      const target = await open(url);
      await afterIdleScripts(target);
      expect(await target.title()).toMatch(/^Fixture/); // the page really loaded from our server
      expect((await readPanelHost(target)).count).toBe(0);
      expect(await extensionWorldsIn(target, session.browser.extensionId)).toBe(0);
    });
  }

  test('a sign-in page inside a frame of another site gets no panel (top frame only)', async () => {
    const target = await open('https://news.example/?__fixture=ordinary/embeds-sign-in');
    const frame = target.frames().find((candidate) => candidate.url().includes('login.microsoftonline.com'));
    expect(frame).toBeDefined();
    await frame!.waitForSelector('#i0116');
    await afterIdleScripts(target);
    expect(await frame!.evaluate(() => document.querySelectorAll('sign-in-assistant').length)).toBe(0);
    expect((await readPanelHost(target)).count).toBe(0);
  });

  test('the check that finds no injection does find one on a sign-in page', async () => {
    const target = await open('https://login.microsoftonline.com/common/login');
    await waitForPanel(target);
    expect(await extensionWorldsIn(target, session.browser.extensionId)).toBeGreaterThan(0);
  });
});

describe('the page changing under the panel', () => {
  test('a strict Content-Security-Policy stops neither the panel nor its styles', async () => {
    const target = await open('https://login.microsoftonline.com/common/login?__csp=strict');
    await waitForPanel(target);
    expect((await readPanelHost(target)).attributes.step).toBe('account');
    expect(await target.evaluate(() => typeof (window as { $Config?: unknown }).$Config)).toBe('undefined'); // the policy is in force
    const dock = await inPanel<string>(target, 'function () { return getComputedStyle(this.querySelector(".dock")).position; }');
    expect(dock).toBe('fixed'); // our inlined styles apply
  });

  test('same-page navigation keeps exactly one panel', async () => {
    const target = await open('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x');
    await waitForPanel(target);
    await target.evaluate(() => history.pushState({}, '', '/common/reprocess?ctx=1'));
    await target.evaluate(() => history.back());
    await afterIdleScripts(target);
    expect((await readPanelHost(target)).count).toBe(1);
  });
});

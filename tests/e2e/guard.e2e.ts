import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { guardCorpus } from '../fixtures/guard/corpus';
import { activeTabIdOf, guardExtensionDir, launchBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { canWritePolicy, setManagedPolicy } from './harness/managed-policy';
import { clickInPanel, extensionWorldsIn, inPanel, readPanelHost, waitForPanel } from './harness/panel';
import { signalTimeout } from './harness/waits';

let server: FixtureServer;
let browser: ExtensionBrowser;
const seen = { lookalikeWarned: 0, lookalikeTotal: 0, benignWarned: 0, benignTotal: 0 };

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchBrowser({ port: server.port, extensionDir: guardExtensionDir });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  const dir = join(import.meta.dirname, '..', '..', '.output', 'test-results');
  mkdirSync(dir, { recursive: true });
  const recall = seen.lookalikeWarned / seen.lookalikeTotal;
  const precision = seen.lookalikeWarned / (seen.lookalikeWarned + seen.benignWarned);
  writeFileSync(join(dir, 'guard-corpus.json'), `${JSON.stringify({ ...seen, recall, precision }, null, 2)}\n`);
  await browser?.close();
  await server?.close();
});

/** Where the guard is with a tab's page (the service worker notes it in session memory): the signal a test waits for. */
async function progressOf(page: Page): Promise<string | undefined> {
  const tabId = await activeTabIdOf(browser, page);
  return browser.serviceWorker.evaluate(
    async (id) => (await chrome.storage.session.get(`guard:${id}`))[`guard:${id}`] as string | undefined,
    tabId,
  );
}

/** The detector's verdict on a tab's page, with its weighted signals, if the detector ran there. */
async function verdictOf(page: Page): Promise<{ lookalike: boolean; score: number } | undefined> {
  const tabId = await activeTabIdOf(browser, page);
  return browser.serviceWorker.evaluate(
    async (id) =>
      (await chrome.storage.session.get(`guard-verdict:${id}`))[`guard-verdict:${id}`] as { lookalike: boolean; score: number } | undefined,
    tabId,
  );
}

async function open(file: string, host: string, path = '/signin'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`https://${host}${path}?__fixture=${file}`, { waitUntil: 'load' });
  return page;
}

const warningHost = 'sign-in-assistant[data-warning="lookalike-page"]';

describe('the organization edition warns on every look-alike of the corpus, and only there', () => {
  for (const entry of guardCorpus) {
    const known = entry.note ? ` (${entry.note})` : '';
    test(`${entry.lookalike ? 'warns' : 'stays quiet'} on ${entry.file} at ${entry.host}${known}`, async () => {
      const page = await open(entry.file, entry.host, entry.path);
      // The late pages show their form only after a click on their gate.
      const gate = page.locator('[data-gate]').first();
      if ((await gate.count()) > 0) await gate.click(); // no short click timeout: a loaded machine may take seconds
      // A form added late, or in a shadow root, is judged when the person focuses one of its fields.
      if (entry.seenOnFocus || entry.lateMarkup) await page.locator('input').first().focus();
      await expect
        .poll(() => progressOf(page))
        .toMatch(entry.lookalike && !entry.note ? /^look-alike$/ : /^(watching|no-field|ordinary|look-alike)$/);
      const progress = await progressOf(page);
      const warned = progress === 'look-alike';
      if (warned) await page.waitForSelector(warningHost, { state: 'attached', timeout: signalTimeout });
      if (entry.lookalike) {
        seen.lookalikeTotal += 1;
        if (warned) seen.lookalikeWarned += 1;
      } else {
        seen.benignTotal += 1;
        if (warned) seen.benignWarned += 1;
        // Done with it (no field came, or a field that is no look-alike): no warning, and no extension world.
        await expect.poll(() => progressOf(page)).toMatch(/^(watching|no-field|ordinary)$/);
        expect(await page.locator(warningHost).count()).toBe(0);
        // A page with no hint of Microsoft's sign-in never gets an extension world; one the detector looked at gets one.
        const verdict = await verdictOf(page);
        expect(await extensionWorldsIn(page, browser.extensionId)).toBe(verdict ? 1 : 0);
        if (verdict) expect(verdict.lookalike).toBe(false);
      }
      expect(warned).toBe(entry.lookalike && !entry.note);
      await page.close();
    });
  }
});

describe('the picture under an image-built kit', () => {
  test("is read only where the page may read it: another origin's picture taints the canvas and counts for nothing", async () => {
    // The corpus page image-built-logo-only, its picture served from another host (warned when it is its own).
    const page = await open('guard/ways/image-built-foreign-picture', 'mail-quota-notice.test');
    // The picture did load, from the other host: only the canvas's taint keeps its logo out.
    expect(await page.locator('#Image1').evaluate((image: HTMLImageElement) => [image.currentSrc, image.naturalWidth])).toEqual([
      'https://pictures.example/__fixtures/guard/lookalike/image-built-logo-only.png',
      360,
    ]);
    await expect.poll(() => progressOf(page)).toBe('ordinary');
    expect(await verdictOf(page)).toMatchObject({ lookalike: false, score: 3 }); // the fields over a picture, no logo
    expect(await page.locator(warningHost).count()).toBe(0);
    await page.close();
  });
});

describe('the warning', () => {
  const lookalike = guardCorpus.find((entry) => entry.lookalike && entry.file.endsWith('converged-password'))!;

  test('says what it is, on which host, and offers the real sign-in, details for IT, and "I trust this site"', async () => {
    const page = await open(lookalike.file, lookalike.host);
    await page.waitForSelector(warningHost, { state: 'attached', timeout: signalTimeout });
    const host = await readPanelHost(page);
    expect(host.count).toBe(1);
    expect(host.attributes).toEqual({ warning: 'lookalike-page' }); // no data-cloud: this is no Microsoft portal
    const text = await inPanel<string>(page, `function () { return this.querySelector('.guard').innerText; }`);
    expect(text).toContain("this is not Microsoft's sign-in page");
    expect(text).toContain(lookalike.host);
    const real = await inPanel<string>(page, `function () { return this.querySelector('a.primary').href; }`);
    expect(real).toBe('https://www.microsoft365.com/');
    await clickInPanel(page, 'button.secondary');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`Site: https://${lookalike.host}`);
    expect(copied).toContain("What matched: Microsoft's sign-in field names");
    expect(copied).not.toContain('__fixture'); // never the path's query
    await page.close();
  });

  test('comes back when the page removes it', async () => {
    const page = await open(lookalike.file, lookalike.host);
    await page.waitForSelector(warningHost, { state: 'attached', timeout: signalTimeout });
    await page.evaluate((selector) => document.querySelector(selector)!.remove(), warningHost);
    await page.waitForSelector(warningHost, { state: 'attached', timeout: signalTimeout });
    expect(await page.locator(warningHost).count()).toBe(1);
    await page.close();
  });

  test('"I trust this site" takes it away and is remembered for that exact host', async () => {
    const page = await open(lookalike.file, lookalike.host);
    await page.waitForSelector(warningHost, { state: 'attached', timeout: signalTimeout });
    await clickInPanel(page, 'button.quiet');
    await page.waitForSelector(warningHost, { state: 'detached', timeout: signalTimeout });
    const stored = await browser.serviceWorker.evaluate(() => chrome.storage.local.get('trustedLookalikeHosts'));
    expect(stored).toEqual({ trustedLookalikeHosts: [lookalike.host] });
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => progressOf(page)).toBe('trusted');
    expect(await page.locator(warningHost).count()).toBe(0);
    await browser.serviceWorker.evaluate(() => chrome.storage.local.remove('trustedLookalikeHosts'));
    await page.close();
  });
});

describe('genuine Microsoft pages keep the normal panel', () => {
  test('login.microsoftonline.com gets its panel and never the look-alike warning', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://login.microsoftonline.com/common/login?__fixture=converged/password', { waitUntil: 'load' });
    await waitForPanel(page);
    await expect.poll(() => progressOf(page)).toBe('trusted');
    const host = await readPanelHost(page);
    expect(host.count).toBe(1);
    expect(host.attributes.cloud).toBe('global');
    expect(host.attributes.warning).toBeUndefined();
    await page.close();
  });
});

describe.skipIf(!canWritePolicy())('the guard by policy (needs root, as in CI)', () => {
  const lookalike = guardCorpus.find((entry) => entry.lookalike && entry.file.endsWith('converged-account'))!;
  let own: ExtensionBrowser;
  let undo = () => undefined as unknown;
  beforeAll(async () => {
    undo = setManagedPolicy(
      { lookalikeGuard: 'block', allowContinueOnBlock: true, trustedSignInHosts: ['sso.contoso-gateway.example'] },
      guardExtensionDir,
    );
    own = await launchBrowser({ port: server.port, extensionDir: guardExtensionDir });
  });

  test('reaches the service worker (Chromium hands managed storage over a moment after start-up)', async () => {
    await expect
      .poll(() => own.serviceWorker.evaluate(() => chrome.storage.local.get('policyCache')))
      .toMatchObject({ policyCache: { lookalikeGuard: 'block' } });
  });
  afterAll(async () => {
    await own?.close();
    undo();
  });

  test("block: the tab is taken to the extension's block page, which names the host and offers the way out", async () => {
    const page = await own.context.newPage();
    await page.goto(`https://${lookalike.host}/signin?__fixture=${lookalike.file}`, { waitUntil: 'load' });
    await page.waitForURL(`chrome-extension://${own.extensionId}/blocked.html`, { timeout: signalTimeout });
    const blocked = page.locator('main.blocked');
    await expect.poll(() => blocked.getAttribute('data-blocked'), { timeout: signalTimeout }).toBe(lookalike.host);
    expect(await page.locator('a.primary').getAttribute('href')).toBe('https://www.microsoft365.com/');
    expect(await page.locator('button[data-action="false-alarm"]').count()).toBe(1); // "This is not a fake"
    // The policy allows one way through: back to the page, once, in this tab, and the guard leaves it alone there.
    await page.locator('.continue button').click();
    await page.waitForURL(`https://${lookalike.host}/signin`, { timeout: signalTimeout });
    const tabId = await activeTabIdOf(own, page);
    await expect
      .poll(() => own.serviceWorker.evaluate(async (id) => (await chrome.storage.session.get(`guard:${id}`))[`guard:${id}`], tabId))
      .toBe('trusted');
    await page.close();
  });

  test('a host the policy trusts is left alone, even with a copy of the sign-in page', async () => {
    const page = await own.context.newPage();
    await page.goto(`https://sso.contoso-gateway.example/signin?__fixture=${lookalike.file}`, { waitUntil: 'load' });
    const tabId = await activeTabIdOf(own, page);
    await expect
      .poll(() => own.serviceWorker.evaluate(async (id) => (await chrome.storage.session.get(`guard:${id}`))[`guard:${id}`], tabId))
      .toBe('trusted');
    expect(await page.locator(warningHost).count()).toBe(0);
    await page.close();
  });
});

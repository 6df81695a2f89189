import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { canWritePolicy, setManagedPolicy, unpackedExtensionId } from './harness/managed-policy';
import { readPanelHost, waitForPanel } from './harness/panel';
import { extensionDir } from './harness/extension-browser';

/** The example the README shows administrators, loaded as it is. */
const examplePolicy = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'policy-example.json'), 'utf8')) as Record<string, unknown>;

describe.skipIf(!canWritePolicy())('enterprise policy through Chromium managed storage (needs root, as in CI)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let undo = () => undefined as void;

  beforeAll(async () => {
    undo = setManagedPolicy(examplePolicy);
    server = await startFixtureServer();
    browser = await launchBrowser({ port: server.port });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    undo();
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForPanel(page);
    return page;
  }

  test('the policy reaches the extension (and the id we computed is the one Chromium gave it)', async () => {
    expect(browser.extensionId).toBe(unpackedExtensionId(extensionDir));
    await expect.poll(() => browser.serviceWorker.evaluate(() => chrome.storage.managed.get()), { timeout: 10_000 }).toEqual(examplePolicy);
  });

  test('another cloud’s work sign-in page warns at once, without any lookup', async () => {
    const page = await open('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x');
    await expect.poll(() => readPanelHost(page).then((host) => host.attributes.warning), { timeout: 10_000 }).toBe('wrong-cloud');
    await page.locator('#i0116').fill('someone@fabrikam.eu');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(500);
    expect(server.requests.filter((request) => request.path.includes('openid-configuration'))).toEqual([]); // lookup off
    await page.close();
  });

  test('the organization’s own cloud does not warn', async () => {
    const page = await open('https://login.microsoftonline.us/common/oauth2/v2.0/authorize?client_id=x');
    await page.locator('#i0116').fill('someone@agency-high.us');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(500);
    expect((await readPanelHost(page)).attributes.warning).toBeUndefined();
    await page.close();
  });

  test('the popup shows the lookup switch locked off by the organization', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const lookupSwitch = popup.locator('input[name="cloudLookup"]');
    await expect.poll(() => lookupSwitch.isDisabled(), { timeout: 10_000 }).toBe(true);
    expect(await lookupSwitch.isChecked()).toBe(false);
    expect(await popup.locator('.setting').textContent()).toContain('Turned off by your organization');
    await popup.close();
  });
});

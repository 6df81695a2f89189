import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activeTabIdOf, launchBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { clickInPanel, overlaps, panelBox, panelLinks, panelText, readPanelHost, waitForPanel } from './harness/panel';
import { portalLinkList } from '@/components/PortalSummary';
import { portalById, signInPortals } from '@/utils/portals';
import { english } from '../support/locales';
import { localizeHelpUrl } from '@/utils/i18n/localize-url';
import { cloudName } from '@/utils/portals/clouds';
import { portalName } from '@/utils/portals/words';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

async function withBrowser(
  viewport: { width: number; height: number },
  run: (browser: ExtensionBrowser) => Promise<void>,
): Promise<void> {
  const browser = await launchBrowser({ port: server.port, viewport });
  try {
    await run(browser);
  } finally {
    await browser.close();
  }
}

async function open(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await waitForPanel(page);
  return page;
}

async function formBox(page: Page) {
  const box = await page.locator('#lightbox').boundingBox();
  if (!box) throw new Error('the fixture has no sign-in box');
  return box;
}

describe('the collapsed chip never covers the sign-in form or its footer links', () => {
  const viewports = [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ];
  const pages = ['https://login.microsoftonline.com/common/login', 'https://login.live.com/login.srf'];
  for (const viewport of viewports) {
    test(`at ${viewport.width}×${viewport.height}`, () =>
      withBrowser(viewport, async (browser) => {
        for (const url of pages) {
          const page = await open(browser, url);
          const chip = await panelBox(page, '.chip');
          expect(chip, url).not.toBeNull();
          expect(chip!.width, url).toBeGreaterThan(40);
          expect(chip!.x + chip!.width, url).toBeLessThanOrEqual(viewport.width);
          expect(chip!.y + chip!.height, url).toBeLessThanOrEqual(viewport.height);
          expect(overlaps(chip!, await formBox(page)), url).toBe(false);
          for (const link of await page.locator('#footer a').all()) {
            expect(overlaps(chip!, (await link.boundingBox())!), `${url} footer`).toBe(false);
          }
          expect(await panelBox(page, '.card'), url).toBeNull(); // collapsed by default
          await page.close();
        }
      }));
  }
});

describe('expanded, the panel says which portal and cloud this is, and gives its links', () => {
  test('on every sign-in portal', () =>
    withBrowser({ width: 1280, height: 800 }, async (browser) => {
      for (const portal of signInPortals) {
        const page = await open(browser, portal.examples[0]!);
        if (portal.status.state === 'retired') await expect.poll(() => panelBox(page, '.card')).not.toBeNull(); // opens itself
        else await clickInPanel(page, '.chip');
        await clickInPanel(page, '.about summary');
        const text = await panelText(page);
        expect(text, portal.id).toContain(portalName(portal, english));
        expect(text, portal.id).toContain(cloudName(portal.cloud, english));
        expect(text, portal.id).toMatch(portal.account === 'work' ? /work or school/i : /personal/i);
        const links = await panelLinks(page, '.portal');
        expect(links.map((link) => link.href), portal.id).toEqual(portalLinkList(portal, english).map((link) => localizeHelpUrl(link.url, 'en')));
        if (portal.status.state === 'retired') expect(text, portal.id).toMatch(/closed on 29 October 2021/);
        await page.close();
      }
    }));

  test('the 21Vianet page sends a forgotten password to the China reset, not the worldwide one', () =>
    withBrowser({ width: 1280, height: 800 }, async (browser) => {
      const page = await open(browser, 'https://login.partner.microsoftonline.cn/common/oauth2/v2.0/authorize');
      await clickInPanel(page, '.chip');
      await clickInPanel(page, '.about summary');
      const reset = (await panelLinks(page, '.portal')).find((link) => /reset/i.test(link.text));
      expect(reset?.href).toBe(portalById('china-21vianet')!.links.passwordReset.url);
      expect(reset?.href).not.toContain('microsoftonline.com');
    }));

  test('Escape closes the card and the page cannot restyle the panel', () =>
    withBrowser({ width: 1280, height: 800 }, async (browser) => {
      const page = await open(browser, 'https://login.microsoftonline.us/common/login');
      await page.addStyleTag({ content: 'button, a, section { display: none !important; }' });
      await clickInPanel(page, '.chip');
      expect(await panelBox(page, '.card')).not.toBeNull();
      expect((await panelBox(page, '.card'))!.height).toBeGreaterThan(100);
      await page.keyboard.press('Escape');
      expect(await panelBox(page, '.card')).toBeNull();
    }));
});

describe('dismissing the panel for a site is remembered', () => {
  test('dismissed on login.microsoftonline.com: gone after reload, still shown on other sites, back from the popup', () =>
    withBrowser({ width: 1280, height: 800 }, async (browser) => {
      const page = await open(browser, 'https://login.microsoftonline.com/common/login');
      await clickInPanel(page, '.chip');
      await clickInPanel(page, '[data-action="dismiss"]');
      await page.waitForFunction(() => document.querySelectorAll('sign-in-assistant').length === 0);
      await page.reload({ waitUntil: 'load' });
      await page.waitForTimeout(500);
      expect((await readPanelHost(page)).count).toBe(0);

      const other = await open(browser, 'https://login.live.com/login.srf');
      expect((await readPanelHost(other)).count).toBe(1);
      await other.close();

      const stored = await browser.serviceWorker.evaluate(() => chrome.storage.local.get('dismissedHosts'));
      expect(stored).toEqual({ dismissedHosts: ['login.microsoftonline.com'] });

      // The popup, asked on this tab, offers to show the panel again; the page follows at once.
      const popup = await browser.context.newPage();
      const tabId = await activeTabIdOf(browser, page);
      await popup.addInitScript(`chrome.tabs.query = async () => [{ id: ${tabId} }];`);
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.getByRole('button', { name: /show the help panel on this site again/i }).click();
      await waitForPanel(page);
      expect((await readPanelHost(page)).count).toBe(1);
    }));
});

describe('the page cannot tell the extension is there from its own scripts', () => {
  test('no message is posted into the page, and the host’s shadow root is closed to it', () =>
    withBrowser({ width: 1280, height: 800 }, async (browser) => {
      const page = await browser.context.newPage();
      // A page script that counts every message event, as a curious sign-in page could.
      await page.addInitScript(() => {
        (window as unknown as { __messages: number }).__messages = 0;
        window.addEventListener('message', () => void ((window as unknown as { __messages: number }).__messages += 1), true);
      });
      await page.goto('https://login.microsoftonline.com/common/login', { waitUntil: 'load' });
      await waitForPanel(page);
      expect(await page.evaluate(() => (window as unknown as { __messages: number }).__messages)).toBe(0);
      expect(await page.evaluate(() => document.querySelector('sign-in-assistant')!.shadowRoot)).toBeNull();
      await page.close();
    }));
});

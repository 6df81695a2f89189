import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activeTabIdOf, launchBrowser, pageStateOf, type ExtensionBrowser } from './harness/extension-browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import {
  clickInPanel,
  inExtensionWorld,
  openCard,
  overlaps,
  panelBox,
  panelLinks,
  panelText,
  readPanelHost,
  waitForPanel,
} from './harness/panel';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

async function withBrowser(viewport: { width: number; height: number }, run: (browser: ExtensionBrowser) => Promise<void>): Promise<void> {
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
  const expected = [
    {
      url: 'https://login.microsoftonline.com/common/login',
      links: [
        'https://passwordreset.microsoftonline.com/',
        'https://mysignins.microsoft.com/security-info',
        'https://login.microsoftonline.com/error',
        'https://www.microsoft365.com/',
      ],
    },
    {
      url: 'https://login.live.com/login.srf',
      links: ['https://account.live.com/password/reset', 'https://account.microsoft.com/security', 'https://account.microsoft.com/'],
    },
    {
      url: 'https://login.microsoftonline.us/common/login',
      links: [
        'https://passwordreset.microsoftonline.us/',
        'https://mysignins.azure.us/security-info',
        'https://login.microsoftonline.com/error',
        'https://portal.office365.us/',
        'https://portal.apps.mil/',
      ],
    },
    {
      url: 'https://login.partner.microsoftonline.cn/common/login',
      links: [
        'https://passwordreset.activedirectory.windowsazure.cn/',
        'https://login.partner.microsoftonline.cn/error',
        'https://portal.partner.microsoftonline.cn/',
      ],
    },
    {
      url: 'https://login.microsoftonline.de/common/login',
      links: [
        'https://passwordreset.microsoftonline.com/',
        'https://mysignins.microsoft.com/security-info',
        'https://login.microsoftonline.com/error',
        'https://www.microsoft365.com/',
      ],
      text: /closed on 29 October 2021/,
    },
  ];
  test('on every sign-in portal: who it is for and its links, under "About this page"', () =>
    withBrowser({ width: 1280, height: 800 }, async (browser) => {
      for (const { url, links, text } of expected) {
        const page = await open(browser, url);
        await openCard(page); // Germany's opens itself
        await clickInPanel(page, '.about summary');
        expect(
          (await panelLinks(page, '.portal')).map((link) => link.href),
          url,
        ).toEqual(links);
        if (text) expect(await panelText(page), url).toMatch(text);
        await page.close();
      }
    }));

  test('the 21Vianet page sends a forgotten password to the China reset, not the worldwide one', () =>
    withBrowser({ width: 1280, height: 800 }, async (browser) => {
      const page = await open(browser, 'https://login.partner.microsoftonline.cn/common/oauth2/v2.0/authorize');
      await openCard(page);
      await clickInPanel(page, '.about summary');
      const reset = (await panelLinks(page, '.portal')).find((link) => /reset/i.test(link.text));
      expect(reset?.href).toBe('https://passwordreset.activedirectory.windowsazure.cn/');
      expect(reset?.href).not.toContain('microsoftonline.com');
    }));

  test('Escape closes the card and the page cannot restyle the panel', () =>
    withBrowser({ width: 1280, height: 800 }, async (browser) => {
      const page = await open(browser, 'https://login.microsoftonline.us/common/login');
      await page.addStyleTag({ content: 'button, a, section { display: none !important; }' });
      await openCard(page);
      expect((await panelBox(page, '.card'))!.height).toBeGreaterThan(100);
      await page.keyboard.press('Escape');
      expect(await panelBox(page, '.card')).toBeNull();
    }));

  test("the card's code comes only when the card opens, and no page can fetch it at the extension's address", () =>
    withBrowser({ width: 1280, height: 800 }, async (browser) => {
      const page = await open(browser, 'https://login.microsoftonline.com/common/login');
      const cardLoaded = () => inExtensionWorld<boolean>(page, browser.extensionId, `Symbol.for('sign-in-assistant.card') in globalThis`);
      expect(await cardLoaded()).toBe(false); // the panel is drawn and ready (waitForPanel), with the chip only
      await openCard(page);
      expect(await cardLoaded()).toBe(true);
      const probe = (id: string) =>
        fetch(`chrome-extension://${id}/panel-card.js`).then(
          (response) => response.status,
          () => 'refused',
        );
      expect(await page.evaluate(probe, browser.extensionId)).toBe('refused');
    }));
});

describe('dismissing the panel for a site is remembered', () => {
  test('dismissed on login.microsoftonline.com: gone after reload, still shown on other sites, back from the popup', () =>
    withBrowser({ width: 1280, height: 800 }, async (browser) => {
      const page = await open(browser, 'https://login.microsoftonline.com/common/login');
      await openCard(page);
      await clickInPanel(page, '[data-action="dismiss"]');
      await page.waitForFunction(() => document.querySelectorAll('sign-in-assistant').length === 0);
      await page.reload({ waitUntil: 'load' });
      expect(await pageStateOf(browser, page)).toMatchObject({ dismissed: true }); // the script has decided
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
        window.addEventListener(
          'message',
          () => {
            (window as unknown as { __messages: number }).__messages += 1;
          },
          true,
        );
      });
      await page.goto('https://login.microsoftonline.com/common/login', { waitUntil: 'load' });
      await waitForPanel(page);
      expect(await page.evaluate(() => (window as unknown as { __messages: number }).__messages)).toBe(0);
      expect(await page.evaluate(() => document.querySelector('sign-in-assistant')!.shadowRoot)).toBeNull();
      await page.close();
    }));
});

// The store images (Chrome Web Store, Edge Add-ons) from the demo: the panel and the popup per portal at 1280×800,
// a 300×300 logo and a 440×280 promo tile, all from the current build.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { activeTabIdOf, extensionDir, type ExtensionBrowser } from '../tests/e2e/harness/extension-browser';
import { desktop } from './plan';

const root = join(import.meta.dirname, '..');

/** Write the panel screenshot (`card`, taken on `page`) and a popup screenshot for that page's tab. */
export async function writePortalStoreImages(
  browser: ExtensionBrowser,
  page: Page,
  portalId: string,
  card: Buffer,
  storeDir: string,
): Promise<string[]> {
  const dir = join(storeDir, 'screenshots');
  await mkdir(dir, { recursive: true });
  const panelFile = join(dir, `${portalId}-panel.png`);
  await writeFile(panelFile, card);

  const tabId = await activeTabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize(desktop);
  await popup.addInitScript(`chrome.tabs.query = async () => [{ id: ${tabId} }];`);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.waitForSelector('.on-page');
  // The popup is drawn at its own width, centred on a neutral 1280×800 stage, as the stores show it.
  await popup.addStyleTag({ content: 'html { background: #e8e8e8; } body { margin: 24px auto; box-shadow: 0 2px 12px #0004; }' });
  const popupFile = join(dir, `${portalId}-popup.png`);
  await popup.screenshot({ path: popupFile });
  await popup.close();
  return [panelFile, popupFile];
}

/** Write the store logo (300×300, Edge Add-ons) and the small promo tile (440×280, Chrome Web Store) from assets/icon.svg. */
export async function writeStoreArt(browser: ExtensionBrowser, storeDir: string): Promise<string[]> {
  const iconSvg = readFileSync(join(root, 'assets', 'icon.svg'), 'utf8');
  const messages = JSON.parse(readFileSync(join(extensionDir, '_locales', 'en', 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  const icon = `data:image/svg+xml;base64,${Buffer.from(iconSvg).toString('base64')}`;
  const name = messages.extName!.message.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
  const page = await browser.context.newPage();
  const logo = join(storeDir, 'logo-300.png');
  const promo = join(storeDir, 'promo-440x280.png');
  await page.setViewportSize({ width: 300, height: 300 });
  await page.setContent(`<body style="margin:0"><img src="${icon}" width="300" height="300" alt=""></body>`);
  await page.screenshot({ path: logo, omitBackground: true });
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(
    `<body style="margin:0;display:flex;align-items:center;gap:20px;padding:0 28px;height:280px;box-sizing:border-box;background:#0f6cbd;color:#fff;font:600 26px system-ui,sans-serif">` +
      `<img src="${icon}" width="120" height="120" alt=""><span>${name}</span></body>`,
  );
  await page.screenshot({ path: promo });
  await page.close();
  return [logo, promo];
}

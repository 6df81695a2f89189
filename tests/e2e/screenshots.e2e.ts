import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { activeTabIdOf } from './harness/extension-browser';
import { clickInPanel, panelBox, readPanelHost, waitForPanel } from './harness/panel';
import { useSession } from './harness/session';
import { english } from '../support/locales';
import { signInPortals } from '@/utils/portals';

/** Store listings want 1280×800 screenshots and a large logo; the suite makes them from the current build. */
export const storeDir = join(import.meta.dirname, '..', '..', '.output', 'store');
const screenshotDir = join(storeDir, 'screenshots');
const iconSvg = readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'icon.svg'), 'utf8');

const session = useSession({ viewport: { width: 1280, height: 800 } });

// One work or school portal per cloud, plus the personal one, each on its password step.
const shots = signInPortals.map((portal) => ({ portal, url: portal.examples[0]! }));

describe('store screenshots of the panel and the popup, one per portal', () => {
  mkdirSync(screenshotDir, { recursive: true });
  for (const { portal, url } of shots) {
    test(`${portal.cloud} ${portal.account} (${portal.id})`, async () => {
      const page = await session.browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url);
      await waitForPanel(page);
      if (!(await panelBox(page, '.card'))) await clickInPanel(page, '.chip');
      await expect.poll(() => panelBox(page, '.card')).not.toBeNull();
      const host = await readPanelHost(page);
      expect(host.attributes.cloud).toBe(portal.cloud);
      const panelFile = join(screenshotDir, `${portal.id}-panel.png`);
      await page.screenshot({ path: panelFile });

      const tabId = await activeTabIdOf(session.browser, page);
      const popup = await session.browser.context.newPage();
      await popup.setViewportSize({ width: 1280, height: 800 });
      await popup.addInitScript(`chrome.tabs.query = async () => [{ id: ${tabId} }];`);
      await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
      await popup.waitForSelector('.on-page');
      // The popup is drawn at its own width, centred on a neutral 1280×800 stage, as the stores show it.
      await popup.addStyleTag({ content: 'html { background: #e8e8e8; } body { margin: 24px auto; box-shadow: 0 2px 12px #0004; }' });
      await popup.screenshot({ path: join(screenshotDir, `${portal.id}-popup.png`) });
      await Promise.all([popup.close(), page.close()]);
    });
  }
});

test('the store logo (300×300, Edge Add-ons) and small promo tile (440×280, Chrome Web Store) from assets/icon.svg', async () => {
  const page = await session.browser.context.newPage();
  const icon = `data:image/svg+xml;base64,${Buffer.from(iconSvg).toString('base64')}`;
  await page.setViewportSize({ width: 300, height: 300 });
  await page.setContent(`<body style="margin:0"><img src="${icon}" width="300" height="300" alt=""></body>`);
  await page.screenshot({ path: join(storeDir, 'logo-300.png'), omitBackground: true });
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(
    `<body style="margin:0;display:flex;align-items:center;gap:20px;padding:0 28px;height:280px;box-sizing:border-box;background:#0f6cbd;color:#fff;font:600 26px system-ui,sans-serif">` +
      `<img src="${icon}" width="120" height="120" alt=""><span>${english('extName')}</span></body>`,
  );
  const shot = await page.screenshot({ path: join(storeDir, 'promo-440x280.png') });
  expect(shot.length).toBeGreaterThan(1000);
  await page.close();
});

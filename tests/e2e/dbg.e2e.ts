import { test } from 'vitest';
import { launchBrowser } from './harness/extension-browser';
import { startFixtureServer } from './harness/fixture-server';
import { readPanelHost, waitForPanel } from './harness/panel';
test('dbg', async () => {
  const server = await startFixtureServer();
  const browser = await launchBrowser({ port: server.port });
  browser.serviceWorker.on('console', (m) => console.log('SW', m.text()));
  for (let i = 0; i < 3; i++) {
    const page = await browser.context.newPage();
    await page.goto('https://login.microsoftonline.com/common/login');
    await waitForPanel(page);
    const t0 = Date.now();
    await page.locator('#i0116').fill(`someone@agency-high.us`);
    await page.keyboard.press('Tab');
    for (let k = 0; k < 60; k++) { const w = (await readPanelHost(page)).attributes.warning; if (w) { console.log('warning', w, Date.now() - t0, server.requests.filter(r => r.path.includes('openid')).length); break; } await page.waitForTimeout(100); }
    await page.close();
  }
  await browser.close(); await server.close();
}, 60000);

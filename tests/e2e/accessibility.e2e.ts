import { describe, expect, test } from 'vitest';
import { axeViolations, axeViolationsInPanel } from './harness/axe';
import { clickInPanel, panelBox, readPanelHost, waitForPanel } from './harness/panel';
import { useSession } from './harness/session';

const session = useSession();

describe('axe-core finds no violations', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the popup, ${colorScheme}`, async () => {
      const popup = await session.browser.context.newPage();
      await popup.emulateMedia({ colorScheme });
      await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
      await popup.waitForSelector('[data-portal]');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    });

    test(`the panel, expanded with a warning and with an error explanation, ${colorScheme}`, async () => {
      for (const url of ['https://login.microsoftonline.de/common/login', 'https://login.microsoftonline.com/common/login?__fixture=converged/error']) {
        const page = await session.browser.context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        await waitForPanel(page);
        if (url.includes('error')) {
          await expect.poll(async () => (await readPanelHost(page)).attributes.errorCode).toBe('50020');
          await clickInPanel(page, '.chip');
          await expect.poll(() => panelBox(page, '.error')).not.toBeNull();
        } else {
          await expect.poll(() => panelBox(page, '.warning')).not.toBeNull();
        }
        expect(await axeViolationsInPanel(page), url).toEqual([]);
        await page.close();
      }
    });
  }

  test('the panel check does catch a violation (control)', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://login.microsoftonline.de/common/login');
    await waitForPanel(page);
    await expect.poll(() => panelBox(page, '.warning')).not.toBeNull();
    const violations = await axeViolationsInPanel(page, '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
    expect(violations.some((line) => line.startsWith('image-alt'))).toBe(true);
    await page.close();
  });
});

describe('the panel works by keyboard', () => {
  test('Tab reaches the chip, Enter opens the card, Escape closes it', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://login.microsoftonline.com/common/login');
    await waitForPanel(page);
    let reached = false;
    for (let press = 0; press < 12 && !reached; press += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.localName === 'sign-in-assistant');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => panelBox(page, '.card')).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => panelBox(page, '.card')).toBeNull();
    await page.close();
  });
});

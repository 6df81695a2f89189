import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { activeTabIdOf } from './harness/extension-browser';
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
      for (const url of [
        'https://login.microsoftonline.de/common/login',
        'https://login.microsoftonline.com/common/login?__fixture=converged/error',
      ]) {
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

describe('the popup and the options page work by keyboard, with focus always visible', () => {
  /** Tab through a page; for each stop, whether an outline (or the browser's focus ring) shows. */
  async function tabStops(page: Page, presses: number): Promise<{ name: string; visible: boolean }[]> {
    const stops: { name: string; visible: boolean }[] = [];
    for (let press = 0; press < presses; press += 1) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          const visible = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
          return {
            name: `${element.localName}${element.getAttribute('name') ? `[name=${element.getAttribute('name')}]` : ''}: ${element.textContent?.trim().slice(0, 30) ?? ''}`,
            visible,
          };
        }),
      );
    }
    return stops;
  }

  test('popup: the search box, the topics and their links are reached by Tab and open with Enter; every stop shows focus', async () => {
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await popup.waitForSelector('[data-portal]');
    const stops = await tabStops(popup, 12);
    expect(stops.filter((stop) => !stop.visible)).toEqual([]);
    expect(stops.some((stop) => stop.name.startsWith('input[name=topic-search]'))).toBe(true);
    await popup.focus('[data-topic="forgot-password"] summary');
    await popup.keyboard.press('Enter');
    expect(await popup.locator('[data-topic="forgot-password"]').getAttribute('open')).not.toBeNull();
    await popup.focus('input[name="topic-search"]');
    await popup.keyboard.type('locked');
    await expect.poll(() => popup.locator('[data-topic]').count()).toBe(1);
    expect(await popup.locator('[role="status"]').first().textContent()).toMatch(/1/);
    await popup.close();
  });

  test('options page: every switch and button is reached by Tab with visible focus, and axe finds nothing', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const options = await session.browser.context.newPage();
      await options.emulateMedia({ colorScheme });
      await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
      await options.waitForSelector('[data-section="policy"]');
      const stops = await tabStops(options, 4);
      expect(stops.map((stop) => stop.name.split(':')[0])).toEqual([
        'input[name=panel]',
        'input[name=cloudLookup]',
        'input[name=lookalikeGuard]',
        'select[name=language]',
      ]);
      expect(stops.filter((stop) => !stop.visible)).toEqual([]);
      expect(await axeViolations(options), colorScheme).toEqual([]);
      await options.close();
    }
  });

  test('popup on a sign-in tab with an error and a warning: axe finds nothing', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://login.microsoftonline.com/common/login?__fixture=converged/error');
    await waitForPanel(page);
    await expect.poll(async () => (await readPanelHost(page)).attributes.errorCode).toBe('50020');
    const tabId = await activeTabIdOf(session.browser, page);
    const popup = await session.browser.context.newPage();
    await popup.addInitScript(`chrome.tabs.query = async () => [{ id: ${tabId} }];`);
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await popup.waitForSelector('.on-page .error');
    await popup.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    expect(await axeViolations(popup)).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });
});

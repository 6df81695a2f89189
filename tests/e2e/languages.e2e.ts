import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { locales, translatorFor } from '../support/locales';
import { axeViolations, axeViolationsInPanel } from './harness/axe';
import { clickInPanel, inPanel, panelBox, panelText, readPanelHost, waitForPanel } from './harness/panel';
import { useSession } from './harness/session';
import { languageTag, microsoftLocaleSegment, type Locale } from '@/utils/i18n/locales';

const session = useSession();

async function chooseLanguage(locale: Locale | 'auto'): Promise<void> {
  await session.browser.serviceWorker.evaluate((language) => chrome.storage.local.set({ language }), locale);
}

afterEach(() => chooseLanguage('auto'));

/** Open every folded section, so axe and the overflow check see all of the text. */
async function unfoldAll(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

/** Elements wider than their page: a long word or CJK line that does not wrap. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    return [...document.querySelectorAll('main *')]
      .filter((element) => element.getBoundingClientRect().right > limit + 1)
      .map((element) => `${element.localName}.${element.className}: ${element.textContent?.slice(0, 40)}`);
  });
}

describe.each(locales)('in %s', (locale) => {
  const t = translatorFor(locale);

  test('the popup speaks the language, links Microsoft Support in it, fits its width, and axe finds nothing', async () => {
    await chooseLanguage(locale);
    const popup = await session.browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await popup.waitForSelector('[data-portal]');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(languageTag(locale));
    expect(await popup.locator('#help-center-heading').textContent()).toBe(t('popup.helpCenter'));
    await unfoldAll(popup);
    const supportLinks = await popup
      .locator('a[href*="support.microsoft.com"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(supportLinks.length).toBeGreaterThan(0);
    for (const href of supportLinks) expect(href).toContain(`/${microsoftLocaleSegment(locale)}/`);
    expect(await overflowing(popup)).toEqual([]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  test('the options page speaks the language and axe finds nothing', async () => {
    await chooseLanguage(locale);
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await options.waitForSelector('[data-section="policy"]');
    expect(await options.locator('h1').textContent()).toBe(t('options.title'));
    expect(await options.locator('select[name="language"]').inputValue()).toBe(locale);
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  test('the panel, expanded with a warning, speaks the language, stays in the window, and axe finds nothing', async () => {
    await chooseLanguage(locale);
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('https://login.microsoftonline.de/common/login');
    await waitForPanel(page);
    await expect.poll(() => panelBox(page, '.warning')).not.toBeNull();
    expect(await panelText(page)).toContain(t('warning.germanyRetired.title'));
    // Identity first, in the language: the chip names the cloud, the header the portal, cloud, account kind and host.
    expect(await inPanel(page, `function () { return this.querySelector('.chip-identity').textContent; }`)).toBe(
      t('portal.germanyRetired.short'),
    );
    const header = await inPanel<string>(page, `function () { return this.querySelector('.identity').innerText; }`);
    for (const part of [
      t('portal.germanyRetired.name'),
      t('cloud.germany'),
      t('account.one.work'),
      t('identity.host', { host: 'login.microsoftonline.de' }),
      t('identity.genuineRetired'),
    ]) {
      expect(header).toContain(part);
    }
    for (const selector of ['.chip', '.identity']) {
      const box = (await panelBox(page, selector))!;
      expect(box.x, selector).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, selector).toBeLessThanOrEqual(390);
    }
    expect((await readPanelHost(page)).attributes.warning).toBe('germany-retired'); // the contract does not change with the language
    const card = (await panelBox(page, '.card'))!;
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(390);
    expect(await axeViolationsInPanel(page)).toEqual([]);
    await page.close();
  });
});

test('picking a language in the options page changes the popup and the panel at their next opening', async () => {
  const options = await session.browser.context.newPage();
  await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await options.locator('select[name="language"]').selectOption('de');
  await expect.poll(() => options.locator('h1').textContent()).toBe(translatorFor('de')('options.title'));
  const page = await session.browser.context.newPage();
  await page.goto('https://login.microsoftonline.com/common/login?__fixture=converged/password');
  await waitForPanel(page);
  await clickInPanel(page, '.chip');
  await expect.poll(() => panelText(page)).toContain(translatorFor('de')('advice.passwordReset.title'));
  await Promise.all([options.close(), page.close()]);
});

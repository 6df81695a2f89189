import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSession } from './harness/session';
import { clickInPanel, panelBox, panelLinks, panelText, readPanelHost, waitForPanel, waitUntilReady } from './harness/panel';

const session = useSession();

const pages = {
  global: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x',
  usgov: 'https://login.microsoftonline.us/common/oauth2/v2.0/authorize?client_id=x',
  china: 'https://login.partner.microsoftonline.cn/common/oauth2/v2.0/authorize?client_id=x',
  personal: 'https://login.live.com/login.srf',
  workReset: 'https://passwordreset.microsoftonline.com/?__fixture=sspr/account',
  personalReset: 'https://account.live.com/password/reset?__fixture=account-live/reset-account',
} as const;

const accountField = '#i0116, #usernameEntry, #iSigninName, input[autocomplete="username"]';

async function open(url: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await waitForPanel(page);
  return page;
}

/** Type an address in the account field and leave it, as a person would. */
async function typeAddress(page: Page, address: string): Promise<void> {
  await page.locator(accountField).first().fill(address);
  await page.keyboard.press('Tab');
}

async function warningOf(page: Page): Promise<string | undefined> {
  return (await readPanelHost(page)).attributes.warning;
}

/** The lookup went out, its answer (or the 3 s timeout) is drawn, and there is no warning. */
async function expectNoWarningAfterLookup(page: Page, domain: string): Promise<void> {
  await waitUntilReady(page);
  expect(session.server.requests.some((request) => request.path.startsWith(`/${domain}/`))).toBe(true);
  expect(await warningOf(page)).toBeUndefined();
}

describe('the retired Germany portal', () => {
  for (const url of ['https://login.microsoftonline.de/common/oauth2/authorize?client_id=x', 'https://portal.office.de/']) {
    test(`${url}: the panel opens by itself and says where accounts sign in now`, async () => {
      const page = await open(url);
      await expect.poll(() => warningOf(page)).toBe('germany-retired');
      await expect.poll(() => panelBox(page, '.card')).not.toBeNull();
      expect(await panelText(page)).toMatch(/closed on 29 October 2021/);
      const links = (await panelLinks(page, '.warning')).map((link) => link.href);
      expect(links).toEqual(['https://www.microsoft365.com/', 'https://admin.cloud.microsoft/']);
      // announced to screen readers, focus left where it was
      expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('sign-in-assistant');
      await page.close();
    });
  }
});

describe('cloud mismatch, from the domain typed in the account field', () => {
  const cases = [
    { page: pages.global, address: 'someone@agency-high.us', warning: 'wrong-cloud', link: 'https://portal.office365.us/' },
    { page: pages.global, address: 'someone@contoso-cn.cn', warning: 'wrong-cloud', link: 'https://portal.partner.microsoftonline.cn/' },
    { page: pages.global, address: 'someone@redirected-cn.cn', warning: 'wrong-cloud', link: 'https://portal.partner.microsoftonline.cn/' },
    { page: pages.usgov, address: 'someone@contoso.com', warning: 'wrong-cloud', link: 'https://www.microsoft365.com/' },
    { page: pages.china, address: 'someone@fabrikam.eu', warning: 'wrong-cloud', link: 'https://www.microsoft365.com/' },
    { page: pages.global, address: 'someone@outlook.com', warning: 'personal-account', link: 'https://account.microsoft.com/' },
    { page: pages.personal, address: 'someone@contoso.com', warning: 'work-account', link: 'https://www.microsoft365.com/' },
    // On the reset pages, the same rules, and the way out is the right reset.
    {
      page: pages.workReset,
      address: 'someone@contoso-cn.cn',
      warning: 'wrong-cloud',
      link: 'https://passwordreset.activedirectory.windowsazure.cn/',
    },
    { page: pages.workReset, address: 'someone@agency-high.us', warning: 'wrong-cloud', link: 'https://passwordreset.microsoftonline.us/' },
    { page: pages.workReset, address: 'someone@outlook.com', warning: 'personal-account', link: 'https://account.microsoft.com/' },
    { page: pages.personalReset, address: 'someone@contoso.com', warning: 'work-account', link: 'https://www.microsoft365.com/' },
  ];
  for (const { page: url, address, warning, link } of cases) {
    test(`${new URL(url).hostname} + ${address} → ${warning}`, async () => {
      const page = await open(url);
      await typeAddress(page, address);
      await expect.poll(() => warningOf(page)).toBe(warning);
      await expect.poll(() => panelText(page)).toContain('Why you see this'); // the card opens on the next render
      expect((await panelLinks(page, '.warning'))[0]?.href).toBe(link);
      await page.close();
    });
  }
});

describe('no false warnings', () => {
  const rightPlace = [
    { page: pages.global, domain: 'contoso.com' },
    { page: pages.global, domain: 'agency-gcc.gov' }, // GCC signs in worldwide
    { page: pages.usgov, domain: 'agency-high.us' },
    { page: pages.china, domain: 'contoso-cn.cn' },
    { page: pages.china, domain: 'redirected-cn.cn' },
  ];
  const noEvidence = [
    { page: pages.global, domain: 'nobody.example' },
    { page: pages.global, domain: 'garbage.example' },
    { page: pages.global, domain: 'hostile.example' },
    { page: pages.usgov, domain: 'slow.example' }, // answers after the 3 s timeout, with a cloud that would warn
  ];
  for (const { page: url, domain } of [...rightPlace, ...noEvidence]) {
    test(`${new URL(url).hostname} + someone@${domain}: no warning`, async () => {
      const page = await open(url);
      expect(await warningOf(page)).toBeUndefined();
      await typeAddress(page, `someone@${domain}`);
      await expectNoWarningAfterLookup(page, domain); // for slow.example: after the 3 s timeout, not the 10 s answer
      await page.close();
    });
  }

  test('text that is not an address, and a personal address on the personal page, ask nothing and warn nothing', async () => {
    const before = session.server.requests.filter((request) => request.path.includes('openid-configuration')).length;
    for (const [url, typed] of [
      [pages.global, '+1 425 555 0100'],
      [pages.global, 'just.a.name'],
      [pages.personal, 'someone@hotmail.co.uk'],
      [pages.global, `${'x'.repeat(5000)}@`],
    ] as const) {
      const page = await open(url);
      await typeAddress(page, typed);
      await waitUntilReady(page);
      expect(await warningOf(page)).toBeUndefined();
      await page.close();
    }
    expect(session.server.requests.filter((request) => request.path.includes('openid-configuration')).length).toBe(before);
  });
});

describe('what the lookup sends', () => {
  test('the domain only: no local part, no query, no cookie, no referrer; once per domain', async () => {
    const page = await open(pages.global);
    await typeAddress(page, 'first.last+tag@fabrikam.eu');
    await page.locator('#idSIButton9').click();
    await typeAddress(page, 'other.person@fabrikam.eu');
    await waitUntilReady(page);
    const lookups = session.server.requests.filter((request) => request.path.includes('fabrikam.eu'));
    expect(lookups).toEqual([
      {
        host: 'login.microsoftonline.com',
        path: '/fabrikam.eu/v2.0/.well-known/openid-configuration',
        cookie: undefined,
        referer: undefined,
      },
    ]);
    for (const request of session.server.requests) expect(request.path).not.toMatch(/first\.last|other\.person|%40|@/);
    await page.close();
  });
});

describe('the person stays in control', () => {
  test('"Not my case" is remembered for this site and domain; another domain still warns', async () => {
    const page = await open(pages.global);
    await typeAddress(page, 'someone@agency-high.us');
    await expect.poll(() => warningOf(page)).toBe('wrong-cloud');
    await clickInPanel(page, '[data-action="dismiss-warning"]');
    await expect.poll(() => warningOf(page)).toBeUndefined();
    await page.reload({ waitUntil: 'load' });
    await waitForPanel(page);
    await typeAddress(page, 'someone@agency-high.us');
    await waitUntilReady(page);
    expect(await warningOf(page)).toBeUndefined();
    await typeAddress(page, 'someone@contoso-cn.cn');
    await expect.poll(() => warningOf(page)).toBe('wrong-cloud');
    await page.close();
  });

  test('the options page switch turns the lookup off: nothing is sent, nothing warns', async () => {
    const page = await open(pages.usgov);
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    const lookupSwitch = options.locator('input[name="cloudLookup"]');
    await expect.poll(() => lookupSwitch.isChecked()).toBe(true);
    await lookupSwitch.uncheck();
    await expect
      .poll(() => session.browser.serviceWorker.evaluate(() => chrome.storage.local.get('cloudLookup')))
      .toEqual({ cloudLookup: false });
    await options.close();
    await page.bringToFront();
    await typeAddress(page, 'someone@fabrikam.eu');
    await waitUntilReady(page);
    expect(await warningOf(page)).toBeUndefined();
    expect(
      session.server.requests.some((request) => request.path.startsWith('/fabrikam.eu/') && request.host === 'login.microsoftonline.com'),
    ).toBe(true); // only the earlier test's
    expect(session.server.requests.filter((request) => request.path.startsWith('/fabrikam.eu/'))).toHaveLength(1);
    await session.browser.serviceWorker.evaluate(() => chrome.storage.local.set({ cloudLookup: true }));
    await page.close();
  });
});

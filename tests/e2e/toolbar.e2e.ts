import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSession } from './harness/session';
import { activeTabIdOf } from './harness/extension-browser';
import { clickInPanel, openCard, panelText, waitForPanel } from './harness/panel';

const session = useSession();

async function badgeOf(tabId: number): Promise<{ text: string; title: string }> {
  return session.browser.serviceWorker.evaluate(async (id) => {
    const [text, title] = await Promise.all([chrome.action.getBadgeText({ tabId: id }), chrome.action.getTitle({ tabId: id })]);
    return { text, title };
  }, tabId);
}

async function openPopupFor(page: Page): Promise<Page> {
  const tabId = await activeTabIdOf(session.browser, page);
  const popup = await session.browser.context.newPage();
  // A popup asks for the active tab; opened as a page in a test, it is told which tab that is.
  await popup.addInitScript(`chrome.tabs.query = async () => [{ id: ${tabId} }];`);
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
  return popup;
}

describe('the toolbar badge shows the cloud of each tab', () => {
  const expected = [
    {
      url: 'https://login.microsoftonline.com/common/login',
      badge: 'WW',
      title: 'Sign-in Assistant: Microsoft 365 work or school sign-in (worldwide). Cloud: Worldwide (global).',
    },
    {
      url: 'https://login.live.com/login.srf',
      badge: 'WW',
      title: 'Sign-in Assistant: Microsoft account sign-in (personal). Cloud: Worldwide (global).',
    },
    {
      url: 'https://login.microsoftonline.us/common/login',
      badge: 'US',
      title: 'Sign-in Assistant: Microsoft 365 US Government (GCC High and DoD). Cloud: US Government.',
    },
    {
      url: 'https://login.partner.microsoftonline.cn/common/login',
      badge: 'CN',
      title: 'Sign-in Assistant: Microsoft 365 operated by 21Vianet (China). Cloud: China (operated by 21Vianet).',
    },
    {
      url: 'https://login.microsoftonline.de/common/login',
      badge: 'DE',
      title:
        'Sign-in Assistant: Office 365 Germany (Microsoft Cloud Deutschland, closed). Cloud: Germany (Microsoft Cloud Deutschland, closed). This portal is closed.',
    },
  ];
  for (const { url, badge, title } of expected) {
    test(`${new URL(url).hostname}: badge "${badge}", tooltip in words`, async () => {
      const page = await session.browser.context.newPage();
      await page.goto(url);
      await waitForPanel(page);
      const tabId = await activeTabIdOf(session.browser, page);
      await expect.poll(() => badgeOf(tabId)).toEqual({ text: badge, title });
      await page.close();
    });
  }

  test('a warning shows "!" in amber with the warning in the tooltip; "Not my case" brings the cloud back', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x', { waitUntil: 'load' });
    await waitForPanel(page);
    const tabId = await activeTabIdOf(session.browser, page);
    await expect.poll(() => badgeOf(tabId)).toMatchObject({ text: 'WW' });
    await page.locator('#i0116').fill('someone@outlook.com');
    await page.keyboard.press('Tab');
    await expect.poll(() => badgeOf(tabId)).toMatchObject({ text: '!' });
    expect((await badgeOf(tabId)).title).toMatch(
      /^Sign-in Assistant: Microsoft 365 work or school sign-in \(worldwide\)\. Cloud: Worldwide \(global\)\. Warning: ./,
    );
    const color = await session.browser.serviceWorker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
    expect(color).toEqual([0x9d, 0x5d, 0x00, 255]);
    await clickInPanel(page, '[data-action="dismiss-warning"]');
    await expect.poll(() => badgeOf(tabId)).toMatchObject({ text: 'WW' });
    await page.close();
  });

  test('the card names the proof no page can fake: the address bar and the badge', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://login.microsoftonline.us/common/login', { waitUntil: 'load' });
    await waitForPanel(page);
    await openCard(page);
    expect(await panelText(page)).toContain('How to check it without trusting this page: the address bar and the toolbar icon');
    await clickInPanel(page, '.genuine-proof summary');
    const text = await panelText(page);
    expect(text).toContain('the address bar shows login.microsoftonline.us');
    expect(text).toContain('toolbar icon shows “US”');
    await page.close();
  });

  test('an ordinary tab keeps the plain badge and title', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://news.example/');
    const tabId = await activeTabIdOf(session.browser, page);
    expect(await badgeOf(tabId)).toEqual({ text: '', title: 'Sign-in Assistant' });
    await page.close();
  });
});

describe('the popup', () => {
  test('on a tab that is not a sign-in page, it lists every cloud’s sign-in portal to pick from', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://news.example/');
    const popup = await openPopupFor(page);
    const listed = [
      ['china-21vianet', 'Microsoft 365 operated by 21Vianet (China)', 'https://portal.partner.microsoftonline.cn/'],
      ['germany-retired', 'Office 365 Germany (Microsoft Cloud Deutschland, closed)', null],
      ['global-work', 'Microsoft 365 work or school sign-in (worldwide)', 'https://www.microsoft365.com/'],
      ['personal-msa', 'Microsoft account sign-in (personal)', 'https://account.microsoft.com/'],
      ['usgov', 'Microsoft 365 US Government (GCC High and DoD)', 'https://portal.office365.us/'],
    ] as const;
    await expect.poll(() => popup.locator('[data-portal]').count()).toBe(listed.length);
    for (const [id, name, home] of listed) {
      const item = popup.locator(`[data-portal="${id}"]`);
      await expect.poll(() => item.textContent()).toContain(name);
      const link = item.locator('a');
      if (home === null)
        expect(await link.count()).toBe(0); // closed: nowhere to sign in
      else expect(await link.first().getAttribute('href')).toBe(home);
    }
    await Promise.all([popup.close(), page.close()]);
  });

  test('on a 21Vianet sign-in tab, it starts with that portal, its host and that the host is Microsoft’s, then its China links', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://login.partner.microsoftonline.cn/common/oauth2/v2.0/authorize?client_id=x');
    await waitForPanel(page);
    const popup = await openPopupFor(page);
    await expect.poll(() => popup.locator('.on-page .identity h2').textContent()).toBe('Microsoft 365 operated by 21Vianet (China)');
    const header = (await popup.locator('.on-page .identity').textContent()) ?? '';
    expect(header).toContain('China (operated by 21Vianet)');
    expect(header).toContain('Work or school account');
    expect(header).toContain('Address: login.partner.microsoftonline.cn');
    expect(header).toContain("Microsoft's own sign-in address");
    // The identity comes first in the popup, before the step's advice.
    const first = await popup.locator('.on-page > *').first().getAttribute('class');
    expect(first).toBe('identity');
    const hrefs = await popup.locator('.portal .links a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs).toEqual([
      'https://passwordreset.activedirectory.windowsazure.cn/',
      'https://login.partner.microsoftonline.cn/error',
      'https://portal.partner.microsoftonline.cn/',
    ]);
    // The list of every portal stays folded away in the help center below.
    expect(await popup.locator('[data-topic="where-to-sign-in"]').getAttribute('open')).toBeNull();
    await Promise.all([popup.close(), page.close()]);
  });

  test('the admin corner links each cloud’s admin centers, the tab’s cloud first, with the password facts admins need', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://login.microsoftonline.us/common/oauth2/v2.0/authorize?client_id=x');
    await waitForPanel(page);
    const popup = await openPopupFor(page);
    await popup.locator('[data-section="admin"] summary').click();
    const hrefs = await popup
      .locator('[data-section="admin"] > .links a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs[0]).toBe('https://admin.cloud.microsoft/'); // GCC uses the worldwide center
    expect(hrefs).toContain('https://portal.office365.us/adminportal/home');
    expect(hrefs).toContain('https://portal.partner.microsoftonline.cn/');
    expect(hrefs).toContain('https://entra.microsoft.us/');
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(await popup.locator('[data-admin-topic="bulk-reset"]').textContent()).toContain('40');
    expect(await popup.locator('[data-admin-topic="share-credentials"]').textContent()).toContain('30 August 2024');
    expect(await popup.locator('[data-admin-topic="password-expiration"]').textContent()).toContain('14 to 730 days');
    await Promise.all([popup.close(), page.close()]);
  });

  test('on the closed Germany portal, it shows the same warning as the panel', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://login.microsoftonline.de/common/oauth2/authorize?client_id=x');
    await waitForPanel(page);
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('sign-in-assistant') as HTMLElement).dataset.warning))
      .toBe('germany-retired');
    const popup = await openPopupFor(page);
    await expect.poll(() => popup.locator('[data-warning="germany-retired"]').count()).toBe(1);
    expect(await popup.locator('[data-warning] a').first().getAttribute('href')).toBe('https://www.microsoft365.com/');
    await Promise.all([popup.close(), page.close()]);
  });
});

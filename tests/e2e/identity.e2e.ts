import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { inPanel, openCard, panelBox, waitForPanel } from './harness/panel';
import { useSession } from './harness/session';

const session = useSession({ viewport: { width: 1280, height: 800 } });

/** What a person must be able to read on each sign-in host, written out (English). */
const expected = [
  { host: 'login.microsoftonline.com', chip: 'Worldwide · work or school', cloud: 'Worldwide (global)', account: 'Work or school account' },
  { host: 'login.microsoft.com', chip: 'Worldwide · work or school', cloud: 'Worldwide (global)', account: 'Work or school account' },
  { host: 'login.windows.net', chip: 'Worldwide · work or school', cloud: 'Worldwide (global)', account: 'Work or school account' },
  { host: 'login.live.com', chip: 'Personal account', cloud: 'Worldwide (global)', account: 'Personal Microsoft account' },
  {
    host: 'account.live.com',
    chip: 'Personal account · recovery',
    cloud: 'Worldwide (global)',
    account: 'Personal Microsoft account',
    page: 'account',
  },
  {
    host: 'passwordreset.microsoftonline.com',
    chip: 'Worldwide · work or school · reset',
    cloud: 'Worldwide (global)',
    account: 'Work or school account',
    page: 'account',
  },
  {
    host: 'passwordreset.microsoftonline.us',
    chip: 'US Government · reset',
    cloud: 'US Government',
    account: 'Work or school account',
    page: 'account',
  },
  {
    host: 'passwordreset.activedirectory.windowsazure.cn',
    chip: 'China · 21Vianet · reset',
    cloud: 'China (operated by 21Vianet)',
    account: 'Work or school account',
    page: 'account',
  },
  {
    host: 'mysignins.microsoft.com',
    chip: 'Worldwide · security info',
    cloud: 'Worldwide (global)',
    account: 'Work or school account',
    page: 'account',
  },
  {
    host: 'mysignins.azure.us',
    chip: 'US Government · security info',
    cloud: 'US Government',
    account: 'Work or school account',
    page: 'account',
  },
  { host: 'login.microsoftonline.us', chip: 'US Government', cloud: 'US Government', account: 'Work or school account' },
  { host: 'login-us.microsoftonline.com', chip: 'US Government', cloud: 'US Government', account: 'Work or school account' },
  { host: 'login.usgovcloudapi.net', chip: 'US Government', cloud: 'US Government', account: 'Work or school account' },
  {
    host: 'login.partner.microsoftonline.cn',
    chip: 'China · 21Vianet',
    cloud: 'China (operated by 21Vianet)',
    account: 'Work or school account',
  },
  { host: 'login.chinacloudapi.cn', chip: 'China · 21Vianet', cloud: 'China (operated by 21Vianet)', account: 'Work or school account' },
  {
    host: 'login.microsoftonline.de',
    chip: 'Germany · closed',
    cloud: 'Germany (Microsoft Cloud Deutschland, closed)',
    account: 'Work or school account',
  },
  {
    host: 'portal.office.de',
    chip: 'Germany · closed',
    cloud: 'Germany (Microsoft Cloud Deutschland, closed)',
    account: 'Work or school account',
  },
] as { host: string; chip: string; cloud: string; account: string; page?: 'account' }[];

/** The visible text of one part of the panel (`innerText`: what is rendered, not hidden helper text). */
const textOf = (page: Page, selector: string) =>
  inPanel<string>(page, `function () { return this.querySelector(${JSON.stringify(selector)})?.innerText ?? ''; }`);

describe('at a glance: the chip names the cloud, the card names cloud, account kind and the exact host', () => {
  for (const { host, chip, cloud, account, page: kind } of expected) {
    test(`on ${host}`, async () => {
      const page = await session.browser.context.newPage();
      await page.goto(`https://${host}/common/login`);
      await waitForPanel(page);
      await expect.poll(() => textOf(page, '.chip-identity')).toBe(chip);
      await openCard(page);
      const header = await textOf(page, '.identity');
      expect(header).toContain(cloud);
      expect(header).toContain(account);
      expect(header).toContain(`Address: ${host}`);
      const genuine = host.endsWith('.de')
        ? /Microsoft's own address, of a closed portal/
        : kind === 'account'
          ? /Microsoft's own address for your account/
          : /Microsoft's own sign-in address/;
      expect(await textOf(page, '.genuine')).toMatch(genuine);
      expect(await textOf(page, '.genuine')).toContain(`the address is exactly ${host}`);
      // Identity first: the header is the card's first content, above any advice.
      const order = await inPanel<string[]>(
        page,
        `function () { return [...this.querySelectorAll('.card > *, .card .identity, .card .advice')].map((el) => el.className); }`,
      );
      expect(order.indexOf('identity')).toBeLessThan(order.indexOf('advice'));
      await page.close();
    });
  }
});

describe('the chip and header stay readable and inside the window whatever the page does', () => {
  const inside = async (page: Page, width: number, height: number) => {
    for (const selector of ['.chip', '.identity']) {
      const box = await panelBox(page, selector);
      expect(box, selector).not.toBeNull();
      expect(box!.x, selector).toBeGreaterThanOrEqual(0);
      expect(box!.y, selector).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, selector).toBeLessThanOrEqual(width + 0.5);
      expect(box!.y + box!.height, selector).toBeLessThanOrEqual(height + 0.5);
    }
  };

  test('a right-to-left page, a 280 px window, and zoom 200 % (a 1280×800 window shows 640×400 CSS pixels)', async () => {
    for (const [width, height, rtl] of [
      [1280, 800, true],
      [280, 640, false],
      [640, 400, false],
    ] as const) {
      const page = await session.browser.context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto('https://login.microsoftonline.de/common/login'); // the card opens by itself here
      if (rtl) await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
      await waitForPanel(page);
      await expect.poll(() => panelBox(page, '.card')).not.toBeNull();
      await inside(page, width, height);
      await page.close();
    }
  });

  test('a page that hides, shrinks and covers everything around the panel', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://login.microsoftonline.com/common/login');
    await waitForPanel(page);
    await page.addStyleTag({
      content:
        'sign-in-assistant, body > * { display: none !important; visibility: hidden !important; opacity: 0 !important; transform: scale(0) !important; }',
    });
    const chip = (await panelBox(page, '.chip'))!;
    expect(chip.width).toBeGreaterThan(100);
    // What is drawn at the chip's centre is our host (the page sees only the host of a closed shadow root).
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
      x: chip.x + chip.width / 2,
      y: chip.y + chip.height / 2,
    });
    expect(hit).toBe('sign-in-assistant');
    await openCard(page);
    await inside(page, 1280, 800);
    await page.close();
  });
});

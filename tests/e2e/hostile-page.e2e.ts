import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { inPanel, readPanelHost, waitForPanel, waitUntilReady } from './harness/panel';
import { useSession } from './harness/session';

// What a script on a recognized host can do to the panel, and what the panel does about it (README: "What a
// hostile script on a sign-in host can still do").
const session = useSession();
const spa = 'https://login.microsoftonline.com/common/login?__fixture=converged/spa';

/** Exceptions thrown in any script world of the page, and console errors, as the DevTools protocol reports them. */
async function collectErrors(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const errors: string[] = [];
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text),
  );
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error') errors.push(args.map((arg) => arg.value ?? arg.description).join(' '));
  });
  await cdp.send('Runtime.enable');
  return errors;
}

async function open(url = spa): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.context.newPage();
  const errors = await collectErrors(page);
  await page.goto(url, { waitUntil: 'load' });
  await waitForPanel(page);
  await waitUntilReady(page);
  return { page, errors };
}

/**
 * Whether the person can see the chip: drawn (no hidden ancestor, no zero opacity) and, at its centre, the page's
 * hit-testing finds our host, not an element of the page's drawn over it. Read inside the closed shadow root.
 */
async function chipInSight(page: Page): Promise<boolean> {
  return inPanel<boolean>(
    page,
    `function () {
       const chip = this.querySelector('.chip');
       if (!chip || !chip.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
       const box = chip.getBoundingClientRect();
       return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === this.host;
     }`,
  );
}

/** Wait until the chip is in sight (the default poll bound, sized for a loaded 2-core machine). */
async function expectChipBackInSight(page: Page): Promise<void> {
  await expect.poll(() => chipInSight(page), { interval: 100 }).toBe(true);
  expect((await readPanelHost(page)).count).toBe(1);
}

describe('a forged "newer copy of the script started" event', () => {
  test('WXT’s event, sent by the page with a foreign id, stops neither the panel nor its step watching', async () => {
    const { page, errors } = await open();
    const stillThere = await page.evaluate((extensionId) => {
      for (const script of ['sign-in', 'account-pages']) {
        const type = `${extensionId}:${script}:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: script, messageId: 'forged' } }));
      }
      return document.querySelectorAll('sign-in-assistant').length;
    }, session.browser.extensionId);
    expect(stillThere).toBe(1);
    // Step watching goes on: the page moves to its password step, and the panel follows within a frame or so.
    await page.evaluate(() => (window as unknown as { __fixture: { show(step: string): void } }).__fixture.show('password'));
    await expect.poll(async () => (await readPanelHost(page)).attributes.step).toBe('password');
    expect((await readPanelHost(page)).count).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a page that hides or covers the panel', () => {
  const tricks = {
    'moves it into a display:none parent': `const box = document.createElement('div'); box.style.display = 'none';
       document.body.append(box); box.append(document.querySelector('sign-in-assistant'));`,
    'hides its own <body>': `document.body.style.setProperty('display', 'none', 'important');`,
    'fades its <body> out': `document.body.style.opacity = '0';`,
    'covers the page with an element at the highest z-index': `const cover = document.createElement('div');
       cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:white';
       document.body.append(cover);`,
    'covers the page from the top layer (a popover)': `const cover = document.createElement('div');
       cover.popover = 'manual'; cover.style.cssText = 'inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;background:white';
       document.body.append(cover); cover.showPopover();`,
  };
  for (const [what, trick] of Object.entries(tricks)) {
    test(`when it ${what}, the same panel is back in sight, without an error`, async () => {
      const { page, errors } = await open();
      expect(await chipInSight(page)).toBe(true);
      await page.evaluate((code) => new Function(code)(), trick);
      await expectChipBackInSight(page);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('a page that hides it again each time it comes back, 100 times: bounded work, one panel, no error', async () => {
    const { page, errors } = await open();
    const rounds = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let hidden = 0;
          const box = document.createElement('div');
          box.style.display = 'none';
          document.body.append(box);
          const hide = () => {
            const host = document.querySelector('sign-in-assistant');
            if (host && host.parentNode !== box && hidden < 100) {
              hidden += 1;
              box.append(host);
            }
            if (hidden >= 100) return resolve(hidden);
            requestAnimationFrame(hide);
          };
          hide();
          setTimeout(() => resolve(hidden), 60_000); // a bound for a loaded machine; 100 rounds take about 3 s unloaded
        }),
    );
    expect(rounds).toBe(100);
    await expectChipBackInSight(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});

import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readPanelHost, waitForPanel, waitUntilReady } from './harness/panel';
import { useSession } from './harness/session';
import { signalTimeout } from './harness/waits';

const session = useSession();

/** Count, from the page's own clock, the frames until our panel is back in the page after `mutate` ran. */
async function framesUntilBack(page: Page, mutate: string): Promise<number> {
  return page.evaluate(
    (code) =>
      new Promise<number>((resolve, reject) => {
        const host = document.querySelector('sign-in-assistant');
        new Function(code)();
        if (host?.isConnected) return reject(new Error('the page did not take the panel out'));
        let frames = 0;
        const look = () => {
          frames += 1;
          if (host?.isConnected && document.querySelectorAll('sign-in-assistant').length === 1) resolve(frames);
          else if (frames > 60) reject(new Error('the panel did not come back within 60 frames'));
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
    mutate,
  );
}

/** Exceptions thrown in any script world of the page (ours included), as the DevTools protocol reports them. */
async function collectExceptions(page: Page): Promise<{ cdp: CDPSession; errors: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const errors: string[] = [];
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text),
  );
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error') errors.push(args.map((arg) => arg.value ?? arg.description).join(' '));
  });
  await cdp.send('Runtime.enable');
  return { cdp, errors };
}

describe('the panel stays when the page re-renders around it', () => {
  const mutations = {
    'the page removes the panel’s element': "document.querySelector('sign-in-assistant').remove();",
    'the page empties its body': 'document.body.replaceChildren();',
    'the page replaces its body':
      "const body = document.createElement('body'); body.append(document.createElement('main')); document.body.replaceWith(body);",
    'the page replaces everything under <html>':
      "document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));",
  };
  for (const [what, mutate] of Object.entries(mutations)) {
    test(`${what}: the same panel is back within two frames, and there is one`, async () => {
      const page = await session.browser.context.newPage();
      await page.goto('https://login.microsoftonline.com/common/login');
      await waitForPanel(page);
      const { errors } = await collectExceptions(page);
      expect(await framesUntilBack(page, mutate)).toBeLessThanOrEqual(2);
      const host = await readPanelHost(page);
      expect(host.count).toBe(1);
      expect(host.attributes.cloud).toBe('global');
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('a <sign-in-assistant> the page planted is left alone, and ours says what it always says', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const fake = document.createElement('sign-in-assistant');
        fake.dataset.step = 'password';
        fake.dataset.cloud = 'china';
        fake.id = 'planted';
        document.body.prepend(fake);
      });
    });
    await page.goto('https://login.microsoftonline.com/common/login');
    await page.waitForFunction(() => document.querySelectorAll('sign-in-assistant').length === 2);
    const views = await page.evaluate(() =>
      [...document.querySelectorAll('sign-in-assistant')].map((host) => ({ id: host.id, ...(host as HTMLElement).dataset })),
    );
    expect(views.find((view) => view.id === 'planted')).toEqual({ id: 'planted', step: 'password', cloud: 'china' });
    expect(views.find((view) => view.id !== 'planted')).toMatchObject({ cloud: 'global', account: 'work', step: 'account' });
    await page.close();
  });
});

describe('when the extension is reloaded under an open page', () => {
  const own = useSession();

  test('the old script takes its panel away at the page’s next change, without an error, and a reload brings one panel', async () => {
    const page = await own.browser.context.newPage();
    await page.goto('https://login.microsoftonline.com/common/login');
    await waitForPanel(page);
    await waitUntilReady(page);
    const { errors } = await collectExceptions(page);
    const restarted = own.browser.context.waitForEvent('serviceworker');
    await own.browser.serviceWorker.evaluate(() => chrome.runtime.reload());
    await restarted;
    // The old copy notices at the page's next change that its extension is gone.
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForFunction(() => document.querySelectorAll('sign-in-assistant').length === 0, undefined, { timeout: signalTimeout });
    await page.reload({ waitUntil: 'load' });
    await waitForPanel(page);
    await waitUntilReady(page);
    expect((await readPanelHost(page)).count).toBe(1);
    expect(errors).toEqual([]);
  });
});

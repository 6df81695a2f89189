import { describe, expect, test } from 'vitest';
import { inExtensionWorld, readPanelHost, waitForPanel, waitUntilReady } from './harness/panel';
import { useSession } from './harness/session';

// Storage is closed to content scripts (`setAccessLevel`), so the page worlds we run in can neither change the
// person's settings nor plant a policy; the panel's settings and dismissals go through the service worker.
const session = useSession();
const signIn = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x';

describe('storage from the content script’s world', () => {
  test('cannot be written or read: the switch, the dismissed sites and the policy copy stay as the extension left them', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(signIn, { waitUntil: 'load' });
    await waitForPanel(page);
    await waitUntilReady(page);
    const outcome = await inExtensionWorld<string>(
      page,
      session.browser.extensionId,
      `(async () => {
         try {
           await chrome.storage.local.set({ panelEnabled: false, dismissedHosts: ['login.microsoftonline.com'], policyCache: { hidePanel: true } });
           return 'written';
         } catch (error) { return 'refused: ' + error.message; }
       })()`,
    );
    expect(outcome).toMatch(/^refused/);
    const read = await inExtensionWorld<string>(
      page,
      session.browser.extensionId,
      `(async () => {
         try { await chrome.storage.local.get(null); return 'read'; } catch (error) { return 'refused: ' + error.message; }
       })()`,
    );
    expect(read).toMatch(/^refused/);
    const stored = await session.browser.serviceWorker.evaluate(() =>
      chrome.storage.local.get(['panelEnabled', 'dismissedHosts', 'policyCache']),
    );
    expect(stored).not.toMatchObject({ panelEnabled: false });
    expect(stored.dismissedHosts ?? []).toEqual([]);
    expect((stored.policyCache as { hidePanel?: boolean } | undefined)?.hidePanel).not.toBe(true);
    // The panel is still there, and still follows the person's switch, told by the service worker.
    expect((await readPanelHost(page)).count).toBe(1);
    await session.browser.serviceWorker.evaluate(() => chrome.storage.local.set({ panelEnabled: false }));
    await page.waitForFunction(() => document.querySelectorAll('sign-in-assistant').length === 0, undefined);
    await session.browser.serviceWorker.evaluate(() => chrome.storage.local.set({ panelEnabled: true }));
    await waitForPanel(page);
    await page.close();
  });
});

describe('a policy copy from before storage was closed', () => {
  test('is removed and never believed: a planted "hide the panel" and "expect the US Government cloud" change nothing', async () => {
    // What a page world could have written under the old key while content scripts could still write storage.
    await session.browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ lastKnownPolicy: { hidePanel: true, expectedCloud: 'usgov' } }),
    );
    const restarted = session.browser.context.waitForEvent('serviceworker');
    await session.browser.serviceWorker.evaluate(() => chrome.runtime.reload());
    session.browser.serviceWorker = await restarted;
    await expect
      .poll(() => session.browser.serviceWorker.evaluate(() => chrome.storage.local.get('lastKnownPolicy')).catch(() => undefined))
      .toEqual({});
    const page = await session.browser.context.newPage();
    await page.goto(signIn, { waitUntil: 'load' });
    await waitForPanel(page);
    await waitUntilReady(page);
    const host = await readPanelHost(page);
    expect(host.count).toBe(1);
    expect(host.attributes.warning).toBeUndefined();
    await page.close();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { activeTabIdOf, pageStateOf } from './harness/extension-browser';
import { canWritePolicy, unpackedExtensionId } from './harness/managed-policy';
import { useSession } from './harness/session';
import { clickInPanel, panelLinks, panelText, readPanelHost, waitForPanel, waitUntilReady } from './harness/panel';
import { english } from '../support/locales';
import { extensionDir } from './harness/extension-browser';

/** The example the README shows administrators, loaded as it is. */
const examplePolicy = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'policy-example.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe.skipIf(!canWritePolicy())('enterprise policy through Chromium managed storage (needs root, as in CI)', () => {
  const session = useSession({ policy: examplePolicy });

  async function open(url: string): Promise<Page> {
    const page = await session.browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await waitForPanel(page);
    return page;
  }

  test('the policy reaches the extension (and the id we computed is the one Chromium gave it)', async () => {
    expect(session.browser.extensionId).toBe(unpackedExtensionId(extensionDir));
    await expect.poll(() => session.browser.serviceWorker.evaluate(() => chrome.storage.managed.get())).toEqual(examplePolicy);
  });

  test('another cloud’s work sign-in page warns at once, without any lookup', async () => {
    const page = await open('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x');
    await expect.poll(() => readPanelHost(page).then((host) => host.attributes.warning)).toBe('wrong-cloud');
    await page.locator('#i0116').fill('someone@fabrikam.eu');
    await page.keyboard.press('Tab');
    await waitUntilReady(page);
    expect(session.server.requests.filter((request) => request.path.includes('openid-configuration'))).toEqual([]); // lookup off
    await page.close();
  });

  test('the organization’s own cloud does not warn', async () => {
    const page = await open('https://login.microsoftonline.us/common/oauth2/v2.0/authorize?client_id=x');
    await page.locator('#i0116').fill('someone@agency-high.us');
    await page.keyboard.press('Tab');
    await waitUntilReady(page);
    expect((await readPanelHost(page)).attributes.warning).toBeUndefined();
    await page.close();
  });

  test('the options page shows the lookup switch locked off, the policy, no ignored values, and the AD FS host to allow', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    const lookupSwitch = options.locator('input[name="cloudLookup"]');
    await expect.poll(() => lookupSwitch.isDisabled()).toBe(true);
    expect(await lookupSwitch.isChecked()).toBe(false);
    expect(await options.locator('#cloudLookup-help').textContent()).toBe(english('options.lockedByPolicy'));
    expect(await options.locator('input[name="panel"]').isDisabled()).toBe(false); // hidePanel: false
    const policyText = await options.locator('[data-section="policy"]').textContent();
    expect(policyText).toContain('Agency IT Service Desk');
    expect(policyText).toContain('agency-high.us');
    expect(await options.locator('[data-policy-problems]').count()).toBe(0);
    expect(await options.locator('[data-host="adfs.agency-high.us"]').getAttribute('data-state')).toBe('not-yet');
    await options.close();
  });

  test('the helpdesk replaces "contact your admin" in the panel, with its website, email and phone', async () => {
    const page = await open('https://login.microsoftonline.us/common/login?__fixture=converged/password');
    await expect.poll(() => readPanelHost(page).then((host) => host.attributes.step)).toBe('password');
    await clickInPanel(page, '.chip');
    await expect.poll(() => panelText(page)).toContain('contact Agency IT Service Desk');
    expect(await panelText(page)).not.toMatch(/contact your admin/);
    const links = (await panelLinks(page, '.helpdesk')).map((link) => link.href);
    expect(links).toEqual(['https://servicedesk.agency-high.us/', 'mailto:servicedesk@agency-high.us', 'tel:+15550100']);
    await page.close();
  });
});

/**
 * A policy an administrator got partly wrong: the good values apply, each bad one is ignored with a note.
 * Chromium itself drops what the schema rejects (`expectedCloud: 'mars'` is not in its enum; chrome://policy
 * shows the error); what the schema cannot say (https only, real hostnames, phone numbers) the options page lists.
 */
const partlyWrongPolicy = {
  hidePanel: true,
  expectedCloud: 'mars',
  helpdesk: { name: 'Contoso IT', url: 'http://insecure.contoso.com/', phone: 'call us' },
  extraSignInHosts: ['adfs.contoso.com', 'https://not a host', 'login.microsoftonline.com'],
};

describe.skipIf(!canWritePolicy())('a partly wrong policy (needs root, as in CI)', () => {
  const session = useSession({ policy: partlyWrongPolicy });

  test('the options page lists each ignored value with its reason, keeps the good ones, and locks the panel off', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    const problems = options.locator('[data-policy-problems] li');
    await expect.poll(() => problems.count()).toBe(4);
    const text = (await problems.allTextContents()).join('\n');
    for (const field of ['helpdesk.url', 'helpdesk.phone', 'extraSignInHosts']) expect(text).toContain(field);
    expect(text).toContain(english('problem.notHttps'));
    expect(text).toContain(english('problem.microsoftHost', { value: 'login.microsoftonline.com' }));
    expect(await options.locator('input[name="panel"]').isDisabled()).toBe(true);
    expect(await options.locator('[data-host]').evaluateAll((items) => items.map((item) => item.getAttribute('data-host')))).toEqual([
      'adfs.contoso.com',
    ]);
    await options.close();
  });

  test('with the panel hidden by policy there is no panel, and the popup gives the help instead', async () => {
    // Chromium hands managed storage over seconds after start-up; wait until the service worker has it.
    await expect
      .poll(() => session.browser.serviceWorker.evaluate(() => chrome.storage.local.get('policyCache')))
      .toEqual({ policyCache: { ...partlyWrongPolicy, expectedCloud: undefined } });
    const page = await session.browser.context.newPage();
    await page.goto('https://login.microsoftonline.com/common/login?__fixture=converged/password', { waitUntil: 'load' });
    expect(await pageStateOf(session.browser, page)).toMatchObject({ dismissed: false }); // the script has decided
    expect((await readPanelHost(page)).count).toBe(0);
    const tabId = await activeTabIdOf(session.browser, page);
    const popup = await session.browser.context.newPage();
    await popup.addInitScript(`chrome.tabs.query = async () => [{ id: ${tabId} }];`);
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('.on-page').textContent()).toContain(english('popup.panelHiddenByPolicy'));
    expect(await popup.locator('.on-page [data-advice="password-reset"]').textContent()).toContain('contact Contoso IT');
    await Promise.all([popup.close(), page.close()]);
  });
});

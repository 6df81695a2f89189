// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runSignInPage } from '@/content/controller';
import type { ServiceWorkerClient } from '@/content/service-worker-client';
import type { PageState, PanelWanted, PortalAnswer } from '@/utils/messages';
import { global } from '@/utils/portals/global';
import { signInFamilies } from '@/utils/steps/sign-in';
import type { StepReading } from '@/utils/steps/types';

const passwordPage = '<form><input type="password" name="passwd" id="i0118"></form>';
const codePage = '<form><input type="tel" name="otc" id="idTxtBx_SAOTCC_OTC"></form>';
const location = {
  href: 'https://login.microsoftonline.com/common/login',
  origin: 'https://login.microsoftonline.com',
  hostname: 'login.microsoftonline.com',
};

/** What the stand-in service worker says about the panel on this site (storage is closed to the page). */
const panelState: PanelWanted = { wanted: true, dismissed: false };
const setPanelState = (now: PanelWanted) => Object.assign(panelState, now);

/** A stand-in for the service worker that records what it was asked. */
function fakeServiceWorker(portal = global) {
  const asked: { portal: StepReading[]; help: StepReading[]; warning: string[] } = { portal: [], help: [], warning: [] };
  const client: ServiceWorkerClient = {
    async portal(reading) {
      asked.portal.push(reading);
      const answer: PortalAnswer = { portal, locale: 'en', texts: {}, warning: null, help: { advice: [] }, panel: { ...panelState } };
      return answer;
    },
    panelSettings: async () => ({ ...panelState }),
    dismissPanel: async () => setPanelState({ wanted: false, dismissed: true }),
    dismissWarning: async () => ({ ...panelState }),
    async help(reading) {
      asked.help.push(reading);
      return { advice: [{ id: `for-${reading.step}`, title: 't', body: 'b', links: [] }] };
    },
    async warning(domain) {
      asked.warning.push(domain);
      return null;
    },
    report: async (code) => `report for ${code ?? 'no code'}`,
  };
  return { client, asked };
}

/** Wait for an expectation to hold: Vitest's 1 s default is too short for a loaded 2-core machine. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 15_000, interval: 20 });

/** Our host element: the only `<sign-in-assistant>` with a shadow root we made (closed, so the page sees `null`). */
const hosts = () => [...document.querySelectorAll('sign-in-assistant')] as HTMLElement[];
const ours = () => hosts().filter((host) => host.dataset.cloud !== undefined);

async function start(options: { portal?: typeof global } = {}) {
  const ctx = new ContentScriptContext('sign-in');
  const worker = fakeServiceWorker(options.portal);
  const running = runSignInPage(ctx, { document, location, families: signInFamilies }, worker.client);
  return { ctx, worker, running };
}

beforeEach(() => {
  fakeBrowser.reset();
  setPanelState({ wanted: true, dismissed: false });
  document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
  document.body.innerHTML = passwordPage;
});

describe('the content script’s controller', () => {
  test('asks the service worker once, without saying where the page is, and draws the step with the contract attributes', async () => {
    const { worker, running } = await start();
    await running;
    expect(worker.asked.portal).toEqual([{ step: 'password' }]);
    await until(() => expect(ours()).toHaveLength(1));
    expect({ ...ours()[0]!.dataset }).toEqual({ cloud: 'global', account: 'work', step: 'password', ready: 'true' });
  });

  test('follows a step change and asks for that step’s help', async () => {
    const { worker, running } = await start();
    await running;
    document.body.innerHTML = codePage;
    await until(() => expect(ours()[0]?.dataset.step).toBe('verification'));
    await until(() => expect(worker.asked.help).toEqual([{ step: 'verification', method: 'code' }]));
  });

  test('shows no panel when the person switched it off, and shows it when the service worker says they switched it back on', async () => {
    setPanelState({ wanted: false, dismissed: false });
    const { running } = await start();
    await running;
    expect(hosts()).toHaveLength(0);
    setPanelState({ wanted: true, dismissed: false });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'panel-settings-changed' }, {}, () => undefined);
    await until(() => expect(ours()).toHaveLength(1));
  });

  test('never touches extension storage: settings come from the service worker', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const { running } = await start();
    await running;
    await until(() => expect(ours()).toHaveLength(1));
    expect(get).not.toHaveBeenCalled();
    expect(set).not.toHaveBeenCalled();
  });

  test('on a site where the panel was dismissed: no panel, and the popup hears that it was dismissed', async () => {
    setPanelState({ wanted: false, dismissed: true });
    const { running } = await start();
    await running;
    expect(hosts()).toHaveLength(0);
    const answers: PageState[] = [];
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-state' }, {}, (state: PageState) => answers.push(state));
    expect(answers).toEqual([{ origin: 'https://login.microsoftonline.com', reading: { step: 'password' }, dismissed: true }]);
  });

  test('puts the same panel back when the page removes it or replaces its body, and never makes a second one', async () => {
    const { running } = await start();
    await running;
    await until(() => expect(ours()).toHaveLength(1));
    const first = ours()[0]!;
    first.remove();
    await until(() => expect(ours()).toEqual([first]));
    const body = document.createElement('body');
    body.innerHTML = codePage;
    document.documentElement.replaceChild(body, document.body);
    await until(() => expect(ours()).toEqual([first]));
    expect(first.parentElement).toBe(body);
    await until(() => expect(first.dataset.step).toBe('verification'));
  });

  test('leaves a <sign-in-assistant> the page planted alone', async () => {
    const planted = document.createElement('sign-in-assistant');
    planted.dataset.step = 'password';
    document.body.append(planted);
    const { running } = await start();
    await running;
    await until(() => expect(hosts()).toHaveLength(2));
    expect({ ...planted.dataset }).toEqual({ step: 'password' });
    planted.remove();
    document.body.innerHTML = codePage; // our panel goes with the body's old children and comes back alone
    await until(() => expect(ours()).toHaveLength(1));
    expect(hosts()).toHaveLength(1);
  });

  test('when the extension goes away under the page, the panel goes with it and nothing is asked any more', async () => {
    const { ctx, worker, running } = await start();
    await running;
    await until(() => expect(ours()).toHaveLength(1));
    ctx.notifyInvalidated();
    expect(hosts()).toHaveLength(0);
    document.body.innerHTML = codePage;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(hosts()).toHaveLength(0);
    expect(worker.asked.help).toEqual([]);
  });

  test('without an answer from the service worker, nothing is drawn and nothing throws', async () => {
    const ctx = new ContentScriptContext('sign-in');
    const client: ServiceWorkerClient = {
      portal: async () => undefined,
      help: async () => undefined,
      warning: async () => undefined,
      report: async () => undefined,
      panelSettings: async () => undefined,
      dismissPanel: async () => undefined,
      dismissWarning: async () => undefined,
    };
    await expect(runSignInPage(ctx, { document, location, families: signInFamilies }, client)).resolves.toBeUndefined();
    expect(hosts()).toHaveLength(0);
  });
});

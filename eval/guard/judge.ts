// One page in Chromium with the organization edition: load it, focus its first field as a person would, wait for
// the guard to settle, and read what it decided from the service worker (the very state the extension keeps).
import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/harness/extension-browser.ts';
import { type PageOutcome, readVerdict, warnedBy } from './metrics.ts';
import type { EvalPage } from './pages.ts';

/** The warning's host element in the page (the public contract in README.md). */
export const warningHost = 'sign-in-assistant[data-warning="lookalike-page"]';

/** The fields a person types into: visible inputs that take text, and text areas. */
const typedField =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]):not([type=checkbox]):not([type=radio]):not([type=file]):visible, textarea:visible';

/** Poll interval, and how long a settled progress must hold (a later check after the focus may still change it). */
const pollMs = 100;
const steadyMs = 400;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Run `use` on the extension's service worker; if that worker has gone (Chromium restarted it), once more on the new one. */
async function withWorker<R>(browser: ExtensionBrowser, use: (worker: Worker) => Promise<R>): Promise<R> {
  try {
    return await use(browser.serviceWorker);
  } catch (error) {
    const current = browser.context.serviceWorkers()[0];
    if (!current || current === browser.serviceWorker) throw error;
    browser.serviceWorker = current;
    return use(current);
  }
}

/** The guard's state for a tab, as the service worker keeps it in session memory. */
async function guardState(browser: ExtensionBrowser, tabId: number): Promise<{ progress?: string; verdict?: unknown }> {
  return withWorker(browser, (worker) =>
    worker.evaluate(async (id) => {
      const keys = [`guard:${id}`, `guard-verdict:${id}`];
      const stored = await chrome.storage.session.get(keys);
      return { progress: stored[keys[0]!] as string | undefined, verdict: stored[keys[1]!] };
    }, tabId),
  );
}

/** The tab id of a loaded page: the tab at its address, else the only tab on its host (2 s at most, else undefined). */
async function tabIdOf(browser: ExtensionBrowser, tab: Page, host: string): Promise<number | undefined> {
  const deadline = Date.now() + 2000;
  while (Date.now() < deadline) {
    const id = await withWorker(browser, (worker) =>
      worker.evaluate(
        async ([url, wanted]) => {
          const tabs = await chrome.tabs.query({});
          const hostOf = (address = '') => URL.parse(address)?.hostname;
          const exact = tabs.filter((each) => each.url === url);
          const found = exact.length === 1 ? exact : tabs.filter((each) => hostOf(each.url) === wanted);
          return found.length === 1 ? found[0]!.id : undefined;
        },
        [tab.url(), host] as const,
      ),
    );
    if (id !== undefined) return id;
    await pause(pollMs);
  }
  return undefined;
}

/** Focus the first field a person would type into, if the page shows one; whether it did. */
async function focusFirstField(tab: Page): Promise<boolean> {
  const field = tab.locator(typedField).first();
  if ((await field.count()) === 0) return false;
  return field.focus({ timeout: 1000 }).then(
    () => true,
    () => false,
  );
}

/**
 * Judge one page in a tab of its own (closed after): the first field is focused as soon as one shows (within
 * `settleMs` of the load), and the outcome read when the guard's progress has left `watching` and held for a moment,
 * or `settleMs` after the focus (or the load, without a field). A page that stays `watching` (no field, most often)
 * counts as not warned and is marked unsettled.
 */
export async function judgePage(browser: ExtensionBrowser, page: EvalPage, settleMs: number): Promise<PageOutcome> {
  const started = Date.now();
  const outcome: PageOutcome = { page, warned: false, banner: false, settled: false, focused: false, ms: 0 };
  const tab = await browser.context.newPage();
  tab.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
  try {
    await tab.goto(`https://${page.host}${page.path}`, { waitUntil: 'load', timeout: 20_000 });
    const tabId = await tabIdOf(browser, tab, page.host);
    if (tabId === undefined) throw new Error('its tab was not found (did the page go elsewhere?)');
    // A person waits for a form that comes late (a timer, a script): look for a field while the guard is watching.
    const loaded = Date.now();
    let deadline = loaded + settleMs;
    let state = await guardState(browser, tabId);
    let heldSince = Date.now();
    for (;;) {
      if (!outcome.focused && Date.now() < loaded + settleMs && (await focusFirstField(tab))) {
        outcome.focused = true;
        deadline = Date.now() + settleMs;
      }
      const settled = state.progress !== undefined && state.progress !== 'watching';
      if ((settled && Date.now() - heldSince >= steadyMs) || Date.now() > deadline) break;
      await pause(pollMs);
      const next = await guardState(browser, tabId);
      if (next.progress !== state.progress) heldSince = Date.now();
      state = next;
    }
    outcome.progress = state.progress;
    outcome.settled = state.progress !== undefined && state.progress !== 'watching';
    outcome.verdict = readVerdict(state.verdict);
    outcome.warned = warnedBy(outcome.progress, outcome.verdict);
    // The warning is drawn after the verdict: give it a moment to appear where one was decided.
    if (outcome.warned) await tab.waitForSelector(warningHost, { state: 'attached', timeout: 3000 }).catch(() => undefined);
    outcome.banner = (await tab.locator(warningHost).count()) > 0;
  } catch (error) {
    outcome.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
    outcome.warned = false;
  } finally {
    outcome.ms = Date.now() - started;
    await tab.close().catch(() => undefined);
  }
  return outcome;
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';
import { signalTimeout } from './waits.ts';

/** The built Chrome extension that the tests load. */
export const extensionDir = join(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3');

/** The organization edition's build (look-alike guard's permission declared, guard on by default). */
export const guardExtensionDir = join(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3-guard');

/** Debian's Chromium unless `CHROMIUM_PATH` says otherwise (the npm scripts set it: tools/launch.mjs). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A real Chromium with the built extension, every hostname resolved to the local fixture server. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Launch Chromium with (or, for comparisons, without) the extension, all hosts mapped to `port` on loopback.
 * Headless unless `headless: false` (the demo's window); `viewport: null` lets the window's size decide.
 */
export async function launchBrowser(options: {
  port: number;
  withExtension?: boolean;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  colorScheme?: 'light' | 'dark';
  /** Which build to load (the ordinary edition unless told). */
  extensionDir?: string;
}): Promise<ExtensionBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'sign-in-assistant-'));
  const withExtension = options.withExtension ?? true;
  const dir = options.extensionDir ?? extensionDir;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--host-resolver-rules=MAP * 127.0.0.1:${options.port}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Branded Chrome and Edge builds ignore --load-extension unless told not to (Chromium always honours it).
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      ...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
    ],
  });
  let serviceWorker = context.serviceWorkers()[0];
  if (withExtension && !serviceWorker) serviceWorker = await context.waitForEvent('serviceworker');
  const extensionId = serviceWorker ? new URL(serviceWorker.url()).host : '';
  // The worker appears before its script has run; events that come before its listeners are lost (first run only).
  if (serviceWorker) await listenersOf(serviceWorker);
  return {
    context,
    extensionId,
    serviceWorker: serviceWorker as Worker,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Resolve once the service worker's script has registered its listeners: its messages, and the guard's navigation
 * events where that permission is granted (each look is one round trip; `signalTimeout` at most).
 */
async function listenersOf(worker: Worker): Promise<void> {
  const deadline = Date.now() + signalTimeout;
  const ready = () =>
    worker.evaluate(
      () => chrome.runtime.onMessage.hasListeners() && (!chrome.webNavigation || chrome.webNavigation.onCompleted.hasListeners()),
    );
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`the service worker registered no listeners within ${signalTimeout / 1000} s`);
  }
}

/** The tab id of a page: brought to the front, it is the active tab the service worker can name. */
export async function activeTabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return browser.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/**
 * What the content script of a tab answers the popup, asked through the service worker until it answers: it
 * answers only once it has decided whether to show the panel, so an answer is the signal that it is done.
 */
export async function pageStateOf(browser: ExtensionBrowser, page: Page): Promise<unknown> {
  const tabId = await activeTabIdOf(browser, page);
  const ask = () =>
    browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page-state' }).catch(() => undefined), tabId);
  let state: unknown;
  await expect.poll(async () => (state = await ask())).toBeDefined();
  return state;
}

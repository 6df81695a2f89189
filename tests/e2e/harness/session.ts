import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { setManagedPolicy } from './managed-policy';

/** The fixture server and a Chromium with the extension, shared by one test file. */
export interface Session {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

/**
 * Start the fixture server and Chromium before a file's (or a describe block's) tests, and stop both after; read
 * the fields inside tests. With `policy`, Chromium starts with that managed policy for the extension (needs root).
 */
export function useSession(
  options: Omit<Parameters<typeof launchBrowser>[0], 'port'> & { policy?: Record<string, unknown> } = {},
): Session {
  const { policy, ...launch } = options;
  const session = {} as Session;
  let undoPolicy: () => void = () => undefined;
  beforeAll(async () => {
    if (policy) undoPolicy = setManagedPolicy(policy);
    session.server = await startFixtureServer();
    session.browser = await launchBrowser({ ...launch, port: session.server.port });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
    undoPolicy();
  });
  return session;
}

/**
 * Have a single-page fixture (`window.__fixture.show`) switch to `step`, and return how many ms passed from the
 * DOM swap until the panel host's `data-step` said so, as the page's own clock saw it.
 */
export async function measureStepChange(page: Page, step: string): Promise<number> {
  return page.evaluate(
    (target) =>
      new Promise<number>((resolve) => {
        const host = document.querySelector('sign-in-assistant') as HTMLElement;
        const fixture = (window as unknown as { __fixture: { show(step: string): void; swappedAt: number } }).__fixture;
        const observer = new MutationObserver(() => {
          if (host.dataset.step !== target) return;
          observer.disconnect();
          resolve(performance.now() - fixture.swappedAt);
        });
        observer.observe(host, { attributes: true });
        fixture.show(target);
      }),
    step,
  );
}

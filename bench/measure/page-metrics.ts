import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** What one page load cost, read from the DevTools protocol's `Performance.getMetrics`. */
export interface LoadCost {
  /** Script + layout + style recalculation on the page's main thread, in ms. */
  mainThreadMs: number;
  /** JavaScript heap in use after a garbage collection, in bytes (the content script's world included). */
  heapBytes: number;
  /** From DOMContentLoaded to the panel host carrying `data-step`, in ms; undefined without the extension. */
  helpMs?: number;
}

/**
 * In the page's own world, a promise of when the panel host first carries `data-step` (ms after DOMContentLoaded).
 * The bench reads it through the DevTools protocol, not Playwright's `waitForFunction` or `evaluate`: those inject
 * Playwright's own scripts (330 KB of source, with its compiled code) into the page, which would be counted as the
 * extension's heap and main-thread time, in one profile only.
 */
const helpTimer = `(() => {
  window.__benchHelp = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('sign-in-assistant[data-step]')) return;
      observer.disconnect();
      const [navigation] = performance.getEntriesByType('navigation');
      resolve(performance.now() - navigation.domContentLoadedEventStart);
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step'] });
  });
})();`;

/** Wait (10 s at most) for the panel's first answer and return the time to help, through the DevTools protocol. */
async function timeToHelp(cdp: CDPSession): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the panel carried no data-step within 30 s')), 30_000); // a loaded machine
  });
  const answer = cdp.send('Runtime.evaluate', { expression: 'window.__benchHelp', awaitPromise: true, returnByValue: true });
  try {
    return (await Promise.race([answer, timeout])).result.value as number;
  } finally {
    clearTimeout(timer);
  }
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

/** Main-thread busy time so far (script, layout, style), in ms. */
export async function mainThreadMs(cdp: CDPSession): Promise<number> {
  const now = await metrics(cdp);
  return ((now.ScriptDuration ?? 0) + (now.LayoutDuration ?? 0) + (now.RecalcStyleDuration ?? 0)) * 1000;
}

/** Open a page with the DevTools metrics on, and the help timer in place. */
export async function openMeasured(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  await page.addInitScript(helpTimer);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp };
}

/** Load `url` in a fresh page, let the content script (if any) finish, and read what the load cost. */
export async function measureLoad(context: BrowserContext, url: string, withExtension: boolean): Promise<LoadCost> {
  const { page, cdp } = await openMeasured(context);
  await page.goto(url, { waitUntil: 'load' });
  const helpMs = withExtension ? await timeToHelp(cdp) : undefined;
  await page.waitForTimeout(300); // idle-time work, both profiles alike
  await cdp.send('HeapProfiler.collectGarbage');
  const cost: LoadCost = { mainThreadMs: await mainThreadMs(cdp), heapBytes: (await metrics(cdp)).JSHeapUsedSize ?? 0, helpMs };
  await page.close();
  return cost;
}

/** Load `url` `loads` times in each context, one after the other (so a drifting machine hits both alike). */
export async function interleavedLoads(
  measured: BrowserContext,
  baseline: BrowserContext,
  url: string,
  loads: number,
  waitForHelp: boolean,
): Promise<{ with: LoadCost[]; without: LoadCost[] }> {
  const runs = { with: [] as LoadCost[], without: [] as LoadCost[] };
  for (let load = 0; load < loads; load += 1) {
    runs.with.push(await measureLoad(measured, url, waitForHelp));
    runs.without.push(await measureLoad(baseline, url, false));
  }
  return runs;
}

/** The service worker's JavaScript heap in use, after a garbage collection, through a page's DevTools session. */
export async function serviceWorkerHeap(context: BrowserContext, extensionId: string): Promise<number | undefined> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find(
      (target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`),
    );
    if (!worker) return undefined;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    const replies = new Map<number, (result: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (message.id !== undefined) replies.get(message.id)?.(message.result);
    });
    const call = (id: number, method: string) =>
      new Promise<unknown>((resolve) => {
        replies.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call(1, 'HeapProfiler.collectGarbage');
    const usage = (await call(2, 'Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  } finally {
    await page.close();
  }
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The 95th percentile (nearest rank). */
export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

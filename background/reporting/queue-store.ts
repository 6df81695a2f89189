import { browser } from 'wxt/browser';
import { pruneQueue, readStoredQueue } from '@/utils/reporting/delivery';
import type { QueuedReport } from '@/utils/reporting/types';

/** The storage key of the report queue (`chrome.storage.local`, so it outlives the service worker). */
export const reportQueueKey = 'reportQueue';

let last: Promise<unknown> = Promise.resolve();

/**
 * Change the stored queue: `change` gets it (pruned to its bounds) and returns the new one. Changes run one after
 * another, so an event queued while a delivery finishes is never lost to an interleaved write.
 */
export function changeQueue<T>(change: (queue: QueuedReport[], now: number) => { queue: QueuedReport[]; result: T }): Promise<T> {
  const run = last.then(async () => {
    const now = Date.now();
    const stored = readStoredQueue((await browser.storage.local.get(reportQueueKey))[reportQueueKey]);
    const { queue, result } = change(pruneQueue(stored, now), now);
    await browser.storage.local.set({ [reportQueueKey]: pruneQueue(queue, now) });
    return result;
  });
  last = run.catch(() => undefined);
  return run;
}

/** Empty the queue (no policy any more: nothing queued is ever sent). */
export function clearQueue(): Promise<void> {
  const run = last.then(() => browser.storage.local.remove(reportQueueKey));
  last = run.catch(() => undefined);
  return run;
}

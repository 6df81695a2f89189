import { browser } from 'wxt/browser';
import { changeQueue, clearQueue } from './queue-store';
import { sendReport } from './send';
import { guardEdition } from '@/platform/edition';
import { readPolicy } from '@/platform/policy-reader';
import { type ReportContext, reportRequest } from '@/utils/reporting/body';
import { newQueuedReport, nextDue, repeatKey, repeatWindowMs, retryDelayMs, sendBudget } from '@/utils/reporting/delivery';
import { browserName, cleanReportEvent, shouldReport } from '@/utils/reporting/event';
import type { QueuedReport, ReportEvent, ReportWebhook } from '@/utils/reporting/types';

/** The alarm that wakes the service worker for the next retry (chrome.alarms outlive the worker). */
export const reportAlarmName = 'report-delivery';

/** The policy's channel, in the organization edition only: the ordinary install never reports. */
async function reportChannel(): Promise<ReportWebhook | undefined> {
  if (!guardEdition) return undefined;
  return (await readPolicy()).policy.reportWebhook;
}

function reportContext(): ReportContext {
  const brands = (navigator as { userAgentData?: { brands?: { brand: string }[] } }).userAgentData?.brands ?? [];
  return {
    extensionVersion: browser.runtime.getManifest().version,
    edition: guardEdition ? 'organization' : 'ordinary',
    browser: browserName(brands.map((entry) => entry.brand)),
  };
}

/** Events reported lately, by {@link repeatKey}, with the id they got: a repeat within the window is not sent again. */
const recent = new Map<string, { at: number; id: string }>();
/** When this worker's recent requests began, for {@link sendBudget}. */
const sentAt: number[] = [];

/**
 * Report an event to the organization's endpoint, if its policy sets one and names this kind (see
 * {@link shouldReport}): queued in storage with an id, then sent at once; a failure is retried later from the queue.
 * Resolves to the event's id, or undefined where nothing is reported. Never throws, and never waits on the network:
 * callers need not await it.
 */
export async function reportEvent(event: ReportEvent): Promise<string | undefined> {
  try {
    const webhook = await reportChannel();
    const clean = cleanReportEvent(event);
    if (!webhook || !clean || !shouldReport(clean.event, webhook)) return undefined;
    const now = Date.now();
    for (const [key, seen] of recent) if (now - seen.at >= repeatWindowMs) recent.delete(key);
    const key = repeatKey(clean);
    const earlier = recent.get(key);
    if (earlier) return earlier.id;
    const id = crypto.randomUUID();
    if (recent.size < 1000) recent.set(key, { at: now, id });
    await changeQueue((queue, at) => ({ queue: [...queue, newQueuedReport(id, clean, at)], result: undefined }));
    void deliverDueReports();
    return id;
  } catch {
    return undefined;
  }
}

/** Take the oldest due event, counting the attempt and pushing its next time back first (a worker stopped mid-request retries it). */
const claimDue = () =>
  changeQueue<QueuedReport | undefined>((queue, now) => {
    const index = queue.findIndex((report) => report.nextAt <= now);
    if (index < 0) return { queue, result: undefined };
    const attempts = queue[index]!.attempts + 1;
    const claimed = { ...queue[index]!, attempts, nextAt: now + retryDelayMs(attempts) };
    return { queue: queue.with(index, claimed), result: claimed };
  });

const forget = (id: string) => changeQueue((queue) => ({ queue: queue.filter((report) => report.id !== id), result: undefined }));

/** One pass over the queue: send what is due, one request at a time, within the budget; then set the alarm for what is left. */
async function deliveryRound(): Promise<void> {
  const webhook = await reportChannel();
  if (!webhook) {
    await clearQueue(); // the policy is gone: what was queued is never sent
    if (guardEdition) await browser.alarms.clear(reportAlarmName);
    return;
  }
  const context = reportContext();
  for (;;) {
    while (sentAt.length > 0 && Date.now() - sentAt[0]! >= sendBudget.perMs) sentAt.shift();
    if (sentAt.length >= sendBudget.requests) break;
    const claimed = await claimDue();
    if (!claimed) break;
    sentAt.push(Date.now());
    const outcome = await sendReport(reportRequest(claimed, webhook, context));
    if (outcome !== 'retry') await forget(claimed.id); // delivered, or refused for good: never sent again
  }
  const next = nextDue(await changeQueue((queue) => ({ queue, result: queue })));
  if (next === undefined) return void (await browser.alarms.clear(reportAlarmName));
  const budgetFree = sentAt.length >= sendBudget.requests ? sentAt[0]! + sendBudget.perMs : 0;
  await browser.alarms.create(reportAlarmName, { when: Math.max(next, budgetFree, Date.now() + 1000) });
}

let delivering: Promise<void> | undefined;
let askedAgain = false;

/** Send what is due now; one delivery runs at a time (a call during one makes it look again when done). Never throws. */
export function deliverDueReports(): Promise<void> {
  if (delivering) {
    askedAgain = true;
    return delivering;
  }
  delivering = (async () => {
    do {
      askedAgain = false;
      await deliveryRound();
    } while (askedAgain);
  })()
    .catch(() => undefined)
    .finally(() => {
      delivering = undefined;
    });
  return delivering;
}

/** Start the report channel (organization edition): retries on the alarm, and what a stopped worker left queued. */
export function startReportChannel(): void {
  if (!guardEdition) return;
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === reportAlarmName) void deliverDueReports();
  });
  void deliverDueReports();
}

/**
 * Make {@link reportEvent} callable from the service worker's own global scope, under a symbol, for the end-to-end
 * tests (Playwright evaluates there) and an administrator's DevTools. Pages and content scripts cannot reach it.
 */
export function exposeReportEventForTests(): void {
  Object.defineProperty(globalThis, Symbol.for('sign-in-assistant.reportEvent'), { value: reportEvent, configurable: true });
}

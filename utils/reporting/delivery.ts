import { cleanReportEvent } from './event';
import type { QueuedReport, ReportEvent } from './types';

/** The queue's bounds: at most 100 events, none older than 24 hours (extra events are dropped, oldest first). */
export const queueLimits = { maxEvents: 100, maxAgeMs: 24 * 60 * 60 * 1000 } as const;

/** At most this many requests a minute to the endpoint, however many events come; the rest wait in the queue. */
export const sendBudget = { requests: 30, perMs: 60_000 } as const;

/** The same event for the same origin within this window is reported once (a reload storm is one report). */
export const repeatWindowMs = 60_000;

/** How long one request may take before it counts as failed. */
export const requestTimeoutMs = 5_000;

/** Waits after the 1st, 2nd, … failed attempt: the first retry within a minute, then longer, at most 8 hours apart. */
export const retryDelaysMs: readonly number[] = [30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000];

/** How long to wait after `attempts` failed attempts. */
export function retryDelayMs(attempts: number): number {
  return retryDelaysMs[Math.min(Math.max(attempts, 1), retryDelaysMs.length) - 1]!;
}

/** What an HTTP status means for a report: taken, worth another try later (busy, rate-limited, failing), or refused for good. */
export function outcomeOf(status: number): 'delivered' | 'retry' | 'drop' {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'retry';
  return 'drop';
}

/** The queue without expired events, and at most the newest {@link queueLimits}.maxEvents. */
export function pruneQueue(queue: readonly QueuedReport[], now: number): QueuedReport[] {
  const fresh = queue.filter((report) => now - report.time < queueLimits.maxAgeMs && report.time <= now + 60_000);
  return fresh.slice(-queueLimits.maxEvents);
}

/** A new event as queued: due now, nothing tried yet. */
export function newQueuedReport(id: string, event: ReportEvent, now: number): QueuedReport {
  return { id, time: now, event, attempts: 0, nextAt: now };
}

/** The events due for an attempt, oldest first. */
export function dueReports(queue: readonly QueuedReport[], now: number): QueuedReport[] {
  return queue.filter((report) => report.nextAt <= now);
}

/** When the next queued event falls due, if any is queued. */
export function nextDue(queue: readonly QueuedReport[]): number | undefined {
  return queue.length === 0 ? undefined : Math.min(...queue.map((report) => report.nextAt));
}

/** What makes two events "the same" for {@link repeatWindowMs}. */
export function repeatKey(event: ReportEvent): string {
  return [event.event, event.origin, event.mode ?? '', event.warning ?? ''].join(' ');
}

const reportId = /^[0-9a-f-]{36}$/;

/** A stored queue read back: entries of the wrong shape (an older version's, a damaged store) are dropped. */
export function readStoredQueue(value: unknown): QueuedReport[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): QueuedReport[] => {
    const raw = (entry ?? {}) as Record<string, unknown>;
    const event = cleanReportEvent(raw.event);
    const numbers = [raw.time, raw.attempts, raw.nextAt].every((field) => typeof field === 'number' && Number.isFinite(field));
    if (!event || !numbers || typeof raw.id !== 'string' || !reportId.test(raw.id)) return [];
    return [{ id: raw.id, time: raw.time as number, event, attempts: raw.attempts as number, nextAt: raw.nextAt as number }];
  });
}

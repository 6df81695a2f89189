import {
  type ReportEvent,
  type ReportEventKind,
  type ReportSignal,
  type ReportWebhook,
  defaultReportEventKinds,
  reportEventKinds,
} from './types';

/** Whether the policy's channel carries this kind of event: its `events` if set, else the default kinds. */
export function shouldReport(kind: ReportEventKind, webhook: ReportWebhook): boolean {
  return (webhook.events ?? defaultReportEventKinds).includes(kind);
}

/** An origin reduced to scheme, host and port (`scheme://host:port`, no path); undefined for anything not http(s). */
export function reportOrigin(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048 || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return `${url.protocol}//${url.host}`;
}

const signalId = /^[a-z0-9][a-z0-9-]{0,39}$/;
const warningId = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** Signals kept to known shapes: kebab-case ids, finite weights, at most 20. */
function cleanSignals(value: unknown): ReportSignal[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const kept: ReportSignal[] = [];
  for (const entry of value.slice(0, 20)) {
    const { id, weight } = (entry ?? {}) as Record<string, unknown>;
    if (typeof id === 'string' && signalId.test(id) && typeof weight === 'number' && Number.isFinite(weight)) {
      kept.push({ id, weight: Math.round(weight * 1000) / 1000 });
    }
  }
  return kept;
}

/**
 * An event rebuilt from what is allowed in a report, field by field, or undefined if its kind or origin is not
 * usable. Whatever else an object carries (a path, a typed value, an account) is left behind here.
 */
export function cleanReportEvent(value: unknown): ReportEvent | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  if (!(reportEventKinds as readonly unknown[]).includes(raw.event)) return undefined;
  const origin = reportOrigin(raw.origin);
  if (!origin) return undefined;
  const signals = cleanSignals(raw.signals);
  const mode = raw.mode === 'warn' || raw.mode === 'block' ? raw.mode : undefined;
  const warning = typeof raw.warning === 'string' && warningId.test(raw.warning) ? raw.warning : undefined;
  return {
    event: raw.event as ReportEventKind,
    origin,
    ...(signals ? { signals } : {}),
    ...(mode ? { mode } : {}),
    ...(warning ? { warning } : {}),
  };
}

/** The browser's name from the brands it reports (`navigator.userAgentData.brands`). */
export function browserName(brands: readonly string[]): 'edge' | 'chrome' | 'chromium' {
  if (brands.includes('Microsoft Edge')) return 'edge';
  if (brands.includes('Google Chrome')) return 'chrome';
  return 'chromium';
}

import { portals } from '../portals';
import type { PolicyProblem } from '../policy';
import { reportEventKinds, type ReportEventKind, type ReportFormat, type ReportWebhook } from './types';

/** Every host of the catalog (sign-in, account and start pages): reports never go to Microsoft. */
const microsoftHosts = new Set(portals.flatMap((portal) => portal.hosts));
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are rejected.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const domain = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const formats: readonly ReportFormat[] = ['json', 'cipp'];

const shorten = (value: unknown, length = 60) => (typeof value === 'string' ? value.slice(0, length) : typeof value);

/** The endpoint address, or a problem: https, no user name or password, not one of Microsoft's hosts. */
function readUrl(value: unknown): string | PolicyProblem {
  const text = typeof value === 'string' ? value.trim() : '';
  const parsed = text.length <= 500 && URL.canParse(text) ? new URL(text) : undefined;
  if (parsed?.protocol !== 'https:' || parsed.username || parsed.password || !parsed.hostname) {
    return { field: 'reportWebhook.url', reason: 'notHttps', value: shorten(value) };
  }
  const host = parsed.hostname.replace(/\.$/, '');
  if (microsoftHosts.has(host)) return { field: 'reportWebhook.url', reason: 'notReportHost', value: host };
  return parsed.href;
}

/** Short text without control characters, or undefined. */
function readText(value: unknown, max: number): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text && text.length <= max && !controlCharacters.test(text) ? text : undefined;
}

/**
 * Read the policy's `reportWebhook`. A bad address, format or (for `cipp`) tenant drops the whole channel, since
 * sending elsewhere or in another shape would be worse than not sending; a bad label or event name drops only itself.
 */
export function readReportWebhook(value: unknown, problems: PolicyProblem[]): ReportWebhook | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ field: 'reportWebhook', reason: 'notObject' });
    return undefined;
  }
  const raw = value as Record<string, unknown>;
  const url = readUrl(raw.url);
  if (typeof url !== 'string') return void problems.push(url);
  const format = raw.format ?? 'json';
  if (!(formats as readonly unknown[]).includes(format)) {
    return void problems.push({ field: 'reportWebhook.format', reason: 'notReportFormat', value: shorten(format, 40) });
  }
  const tenantId = raw.tenantId === undefined ? undefined : readText(raw.tenantId, 253);
  const tenantOk = tenantId !== undefined && (guid.test(tenantId) || domain.test(tenantId));
  if (format === 'cipp' && !tenantOk) {
    return void problems.push({ field: 'reportWebhook.tenantId', reason: 'notTenant', value: shorten(raw.tenantId, 40) });
  }
  const label = raw.label === undefined ? undefined : readText(raw.label, 100);
  if (raw.label !== undefined && label === undefined)
    problems.push({ field: 'reportWebhook.label', reason: 'notText', value: shorten(raw.label, 40) });
  let events: ReportEventKind[] | undefined;
  if (raw.events !== undefined) {
    if (Array.isArray(raw.events)) {
      events = [];
      for (const entry of raw.events.slice(0, 20)) {
        if ((reportEventKinds as readonly unknown[]).includes(entry)) events.push(entry as ReportEventKind);
        else problems.push({ field: 'reportWebhook.events', reason: 'notReportEvent', value: shorten(entry, 40) });
      }
      events = reportEventKinds.filter((kind) => events!.includes(kind));
    } else problems.push({ field: 'reportWebhook.events', reason: 'notList' });
  }
  return {
    url,
    format: format as ReportFormat,
    ...(label ? { label } : {}),
    ...(events ? { events } : {}),
    ...(format === 'cipp' && tenantId ? { tenantId } : {}),
  };
}

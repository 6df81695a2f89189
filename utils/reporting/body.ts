import type { QueuedReport, ReportEventKind, ReportWebhook } from './types';

/** The version of our JSON report's shape; a change that removes or renames a field gets a new one. */
export const reportSchema = 'sign-in-assistant.report/1';

/** Where and what the extension is, sent with every report (no user, no device id beyond the policy's label). */
export interface ReportContext {
  readonly extensionVersion: string;
  readonly edition: 'organization' | 'ordinary';
  readonly browser: 'chrome' | 'edge' | 'chromium';
}

/** A request ready to send: where to, and the body as JSON text. */
export interface ReportRequest {
  readonly url: string;
  readonly body: string;
}

/**
 * The JSON report (`format: "json"`), documented in docs/enterprise.md. Built field by field from the cleaned event:
 * host and origin only, never a path, query, typed value, account or cookie.
 */
export function jsonReportBody(report: QueuedReport, webhook: ReportWebhook, context: ReportContext): Record<string, unknown> {
  const { event } = report;
  return {
    schema: reportSchema,
    id: report.id,
    event: event.event,
    time: new Date(report.time).toISOString(),
    host: new URL(event.origin).hostname,
    origin: event.origin,
    signals: event.signals ?? [],
    ...(event.mode ? { mode: event.mode } : {}),
    ...(event.warning ? { warning: event.warning } : {}),
    extensionVersion: context.extensionVersion,
    edition: context.edition,
    browser: context.browser,
    ...(webhook.label ? { label: webhook.label } : {}),
  };
}

/**
 * How each event reads in CIPP, in the terms CyberDrain's Check sends (its `type`, severity and category names, so
 * CIPP alert rules written for Check match ours): scripts/content.js and scripts/modules/webhook-manager.js of
 * github.com/CyberDrain/Check (checked 2026-12-07 at 253d197).
 */
const cippTerms: Record<ReportEventKind, { type: string; severity: string; category: string; reason: string }> = {
  'false-alarm-reported': {
    type: 'false_positive_report',
    severity: 'info',
    category: 'VALIDATION_EVENT',
    reason: 'User reported a look-alike warning as a false positive',
  },
  'lookalike-blocked': {
    type: 'phishing_blocked',
    severity: 'high',
    category: 'PHISHING_ATTEMPT',
    reason: "Page imitating Microsoft's sign-in blocked",
  },
  'lookalike-trusted': {
    type: 'lookalike_trusted_by_user',
    severity: 'medium',
    category: 'SECURITY_EVENT',
    reason: "User chose to trust a page imitating Microsoft's sign-in",
  },
  'lookalike-warned': {
    type: 'suspicious_content_detected',
    severity: 'medium',
    category: 'PHISHING_ATTEMPT',
    reason: "Page imitating Microsoft's sign-in warned",
  },
  'sign-in-warning-shown': { type: 'sign_in_warning_shown', severity: 'info', category: 'SECURITY_EVENT', reason: 'Sign-in warning shown' },
};

/** Check's upper-case severity scale (`mapSeverityLevel` in its webhook manager). */
const alertSeverity: Record<string, string> = { high: 'HIGH', medium: 'MEDIUM', info: 'INFORMATIONAL' };

/**
 * The body a CIPP server takes from Check (`format: "cipp"`): a flat object that CIPP's PublicPhishingCheck entry
 * point accepts when `source` is set and `tenantId` names one of its tenants (GUID or default domain), logging the
 * whole body with the alert (KelvinTegelaar/CIPP-API, Modules/CIPPCore/Public/Entrypoints/Invoke-PublicPhishingCheck.ps1,
 * checked 2026-12-07). Check's user fields (`userEmail`, `userDisplayName`, `profileId`) are never sent.
 */
export function cippReportBody(report: QueuedReport, webhook: ReportWebhook, context: ReportContext): Record<string, unknown> {
  const { event } = report;
  const terms = cippTerms[event.event];
  const host = new URL(event.origin).hostname;
  return {
    source: 'Sign-in Assistant for Microsoft 365',
    tenantId: webhook.tenantId,
    type: terms.type,
    event: event.event,
    id: report.id,
    timestamp: new Date(report.time).toISOString(),
    url: event.origin.replace(/:/g, '[:]'), // defanged, as Check sends it
    origin: event.origin,
    domain: host,
    reason: event.warning ? `${terms.reason}: ${event.warning}` : terms.reason,
    severity: terms.severity,
    alertSeverity: alertSeverity[terms.severity],
    alertCategory: terms.category,
    legitimate: false,
    detectionMethod: 'chrome_extension',
    matchedRules: (event.signals ?? []).map((signal) => ({ id: signal.id, weight: signal.weight })),
    ...(event.mode ? { action: event.mode === 'block' ? 'blocked' : 'warned' } : {}),
    extensionVersion: context.extensionVersion,
    browserContext: { browserType: context.browser, extensionVersion: context.extensionVersion, edition: context.edition },
    reportVersion: '2.0',
    ...(webhook.label ? { label: webhook.label } : {}),
  };
}

/** CIPP's reporting path, added to the server address as Check does (kept if the policy already ends with it). */
export const cippReportPath = '/api/PublicPhishingCheck';

/** Where a report goes: the policy's address, or for `cipp` the server's reporting path. */
export function reportUrl(webhook: ReportWebhook): string {
  if (webhook.format !== 'cipp') return webhook.url;
  const url = new URL(webhook.url);
  const path = url.pathname.replace(/\/+$/, '');
  if (!path.toLowerCase().endsWith(cippReportPath.toLowerCase())) url.pathname = `${path}${cippReportPath}`;
  url.search = '';
  url.hash = '';
  return url.href;
}

/** The request for one queued report under the policy's channel. */
export function reportRequest(report: QueuedReport, webhook: ReportWebhook, context: ReportContext): ReportRequest {
  const body = webhook.format === 'cipp' ? cippReportBody(report, webhook, context) : jsonReportBody(report, webhook, context);
  return { url: reportUrl(webhook), body: JSON.stringify(body) };
}

/** The kinds of event the report channel carries, sorted; also the values of the policy's `reportWebhook.events`. */
export const reportEventKinds = [
  'false-alarm-reported',
  'lookalike-blocked',
  'lookalike-trusted',
  'lookalike-warned',
  'sign-in-warning-shown',
] as const;

/** One kind of reported event. */
export type ReportEventKind = (typeof reportEventKinds)[number];

/** What is reported when the policy names no `events`: everything but the sign-in warnings, which are opt-in. */
export const defaultReportEventKinds: readonly ReportEventKind[] = reportEventKinds.filter((kind) => kind !== 'sign-in-warning-shown');

/** One signal the look-alike guard matched, with the weight it counted for. */
export interface ReportSignal {
  readonly id: string;
  readonly weight: number;
}

/** What the extension reports about a page: never its path, query, anything typed, an account or a cookie. */
export interface ReportEvent {
  readonly event: ReportEventKind;
  /** The page's origin: scheme, host and port only (anything longer is cut to that). */
  readonly origin: string;
  /** The guard's matched signals, for the look-alike events. */
  readonly signals?: readonly ReportSignal[];
  /** What the guard did: a warning, or a page in front of the form. */
  readonly mode?: 'warn' | 'block';
  /** For `sign-in-warning-shown`: which warning (`wrong-cloud`, `germany-retired`, `personal-account`, …). */
  readonly warning?: string;
}

/** The body formats the channel can send: ours (`json`), or what a CIPP server takes from CyberDrain's Check. */
export type ReportFormat = 'json' | 'cipp';

/** The policy's `reportWebhook`, validated: where reports go, in which format, with which label and events. */
export interface ReportWebhook {
  /** An https address, not a Microsoft host; for `cipp`, the CIPP server (its reporting path is added). */
  readonly url: string;
  readonly format: ReportFormat;
  /** A device or user label the administrator sets, sent with every report. */
  readonly label?: string;
  /** Only these events are sent; unset: {@link defaultReportEventKinds}. */
  readonly events?: readonly ReportEventKind[];
  /** For `cipp`: the customer tenant's id (a GUID) or default domain, which CIPP files the alert under. */
  readonly tenantId?: string;
}

/** A reported event as queued: an id per event (receivers drop repeats by it), when it happened, and delivery state. */
export interface QueuedReport {
  readonly id: string;
  /** When the event happened, ms since the epoch. */
  readonly time: number;
  readonly event: ReportEvent;
  /** Delivery attempts begun so far. */
  readonly attempts: number;
  /** Not to be sent before this time (ms since the epoch). */
  readonly nextAt: number;
}

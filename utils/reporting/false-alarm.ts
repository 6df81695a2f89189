import type { Translate } from '../i18n/translate';
import { keyPart } from '../i18n/translate';
import type { ReportSignal } from './types';

/**
 * "This is not a fake", from the look-alike warning (a tab's top frame: the site is the sender's, as the browser
 * reports it) or from the extension's block page (an extension page: the site is the message's `origin`).
 */
export interface GuardFalseAlarmRequest {
  readonly type: 'guard-false-alarm';
  /** Only from an extension page; ignored from a tab. */
  readonly origin?: string;
  readonly signals?: readonly ReportSignal[];
  readonly mode?: 'warn' | 'block';
}

/** The service worker's answer: the details to copy for the IT desk, and whether a report was queued. */
export interface GuardFalseAlarmAnswer {
  /** Plain text in the person's language, for the clipboard. */
  readonly text: string;
  /** Whether the organization's report channel took the report (false where no policy turns it on). */
  readonly reported: boolean;
}

/** Whether a runtime message is a {@link GuardFalseAlarmRequest}. */
export function isGuardFalseAlarmRequest(message: unknown): message is GuardFalseAlarmRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'guard-false-alarm';
}

/** A signal in the person's words (`guard.signal.<id>`), or its id where no words exist for it. */
function signalName(signal: ReportSignal, t: Translate): string {
  const key = `guard.signal.${keyPart(signal.id)}` as Parameters<Translate>[0];
  const name = t(key);
  return name === key ? signal.id : name;
}

/** The details the person copies for the IT desk: the site (origin only), the time, what matched, the report's id. */
export function falseAlarmDetails(
  details: { origin: string; time: Date; signals: readonly ReportSignal[]; id?: string },
  t: Translate,
): string {
  const signals = details.signals.map((signal) => signalName(signal, t)).join(', ');
  return [
    t('falseAlarm.title'),
    `${t('falseAlarm.site')}: ${details.origin}`,
    `${t('falseAlarm.time')}: ${details.time.toISOString()}`,
    ...(signals ? [`${t('falseAlarm.signals')}: ${signals}`] : []),
    ...(details.id ? [`${t('falseAlarm.reportId')}: ${details.id}`] : []),
  ].join('\n');
}

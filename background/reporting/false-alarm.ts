import { browser } from 'wxt/browser';
import { reportEvent } from './channel';
import type { Sender } from '../page-requests';
import { loadTranslation } from '@/platform/translation';
import { cleanReportEvent } from '@/utils/reporting/event';
import { falseAlarmDetails, type GuardFalseAlarmAnswer, isGuardFalseAlarmRequest } from '@/utils/reporting/false-alarm';

/**
 * The site a "this is not a fake" is about, from who sent it: a tab's top frame on http(s) speaks for its own
 * origin as the browser reports it (whatever the message says); an extension page of ours (the block page) names
 * the site in the message. Anything else (a subframe, another extension) gets no answer.
 */
function siteOf(message: { origin?: unknown }, sender: Sender): unknown {
  if (sender.id !== browser.runtime.id) return undefined;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const senderOrigin = sender.origin ?? (sender.url && URL.canParse(sender.url) ? new URL(sender.url).origin : undefined);
  if (senderOrigin === extensionOrigin) return message.origin;
  if (sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
  return senderOrigin;
}

/**
 * Answer a `guard-false-alarm` request: report `false-alarm-reported` (where the organization's policy turns
 * reporting on) and return the details to copy for the IT desk, in the person's language; `null` for a request
 * from a sender that may not make one, or about no usable site.
 */
export async function answerFalseAlarm(message: unknown, sender: Sender): Promise<GuardFalseAlarmAnswer | null> {
  if (!isGuardFalseAlarmRequest(message)) return null;
  const event = cleanReportEvent({ ...message, event: 'false-alarm-reported', origin: siteOf(message, sender), warning: undefined });
  if (!event) return null;
  const [id, { t }] = await Promise.all([reportEvent(event), loadTranslation()]);
  const text = falseAlarmDetails({ origin: event.origin, time: new Date(), signals: event.signals ?? [], ...(id ? { id } : {}) }, t);
  return { text, reported: id !== undefined };
}

/** Answer `guard-false-alarm` requests for as long as the service worker runs (both editions: the copy works without a policy). */
export function answerFalseAlarms(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) =>
    isGuardFalseAlarmRequest(message) ? answerFalseAlarm(message, sender).catch(() => null) : undefined,
  );
}

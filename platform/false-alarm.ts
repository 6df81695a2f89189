import { browser } from 'wxt/browser';
import type { GuardPageAnswer } from '@/utils/messages';

/**
 * "This is not a fake": the service worker reports it to the organization's endpoint (where policy sets one) and
 * answers the details for the IT desk, which are copied; says which of the two happened.
 */
export async function reportFalseAlarm(answer: GuardPageAnswer): Promise<'guard.falseAlarmReported' | 'guard.falseAlarmCopied'> {
  const said: unknown = await browser.runtime
    .sendMessage({ type: 'guard-false-alarm', origin: answer.origin, signals: answer.signals, mode: answer.mode })
    .catch(() => null);
  const { text, reported } = (said ?? {}) as { text?: unknown; reported?: unknown };
  if (typeof text === 'string') await navigator.clipboard.writeText(text).catch(() => undefined);
  return reported === true ? 'guard.falseAlarmReported' : 'guard.falseAlarmCopied';
}

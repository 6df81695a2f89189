import { browser, type Browser } from 'wxt/browser';
import { showPortalOnBadge } from './badge';
import { noteStep } from './tab-steps';
import { warningFor } from './warning-service';
import { readPolicySoon } from '@/platform/policy-reader';
import { loadTranslation } from '@/platform/translation';
import { helpFor } from '@/utils/help';
import { panelMessageGroups, pickMessages } from '@/utils/i18n/pick-messages';
import { keyPart } from '@/utils/i18n/translate';
import { helpdeskReport } from '@/utils/errors/helpdesk-report';
import { isHelpdeskReportRequest, isHelpRequest, isPortalRequest, isWarningRequest, type PortalAnswer } from '@/utils/messages';
import { portalForOrigin } from '@/utils/portals/organization';
import type { Portal } from '@/utils/portals/types';
import type { StepReading } from '@/utils/steps/types';
import { decideWarning } from '@/utils/warnings/decide';

/** Who sent a message, as the browser (not the page) reports it. */
export type Sender = Browser.runtime.MessageSender;

/**
 * The portal of the page that sent a message: from the origin the browser reports for the sender, never from
 * anything the message says. Only the top frame of a tab counts (the content script runs nowhere else).
 */
export async function portalOfSender(sender: Sender): Promise<Portal | undefined> {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
  const origin = sender.origin ?? (sender.url && URL.canParse(sender.url) ? new URL(sender.url).origin : undefined);
  return origin ? portalForOrigin(origin, await readPolicySoon()) : undefined;
}

/** Everything a sign-in page needs to start, in one answer: the panel's words, the help on screen, the first warning. */
async function answerPortal(portal: Portal, reading: StepReading | undefined, tabId: number): Promise<PortalAnswer> {
  const [policy, translation, noted] = await Promise.all([readPolicySoon(), loadTranslation(), reading && noteStep(tabId, reading.step)]);
  const { t } = translation;
  const texts = pickMessages(translation.messages, [...panelMessageGroups, `portal.${keyPart(portal.id)}`]);
  const { helpdesk } = policy;
  const help = reading ? helpFor(portal, reading, { t, helpdeskName: helpdesk?.name, ...noted }) : undefined;
  const warning = decideWarning({ portal, policy }, t) ?? null;
  const page = { ...portal, examples: [], hostSources: [] }; // the page needs no catalog bookkeeping
  return { portal: page, locale: translation.locale, texts, warning, ...(helpdesk ? { helpdesk } : {}), ...(help ? { help } : {}) };
}

/**
 * Answer one message from a sign-in page, or `undefined` when it is not ours to answer. The portal comes from the
 * sender; a page that is no sign-in page gets `null`. The first question also puts the cloud on the tab's badge.
 */
export async function answerPage(message: unknown, sender: Sender): Promise<unknown> {
  if (!isPageQuestion(message)) return undefined;
  const portal = await portalOfSender(sender);
  if (!portal) return null;
  if (isPortalRequest(message)) {
    const tabId = sender.tab!.id!;
    const answer = await answerPortal(portal, message.reading, tabId);
    void showPortalOnBadge(tabId, portal, (await loadTranslation()).t).catch(() => undefined);
    return answer;
  }
  const { t } = await loadTranslation();
  if (isHelpdeskReportRequest(message)) {
    const url = sender.url && URL.canParse(sender.url) ? new URL(sender.url) : undefined;
    return url ? helpdeskReport({ code: message.code, details: message.details, portal, url, copiedAt: new Date() }, t) : null;
  }
  if (isHelpRequest(message)) {
    const [policy, noted] = await Promise.all([readPolicySoon(), noteStep(sender.tab!.id!, message.reading.step)]);
    return helpFor(portal, message.reading, { t, helpdeskName: policy.helpdesk?.name, ...noted });
  }
  return (await warningFor(portal, message.domain, t)) ?? null;
}

const isPageQuestion = (message: unknown) =>
  isPortalRequest(message) || isHelpRequest(message) || isWarningRequest(message) || isHelpdeskReportRequest(message);

/** Answer sign-in pages' messages for as long as the service worker runs. */
export function answerPages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) =>
    isPageQuestion(message) ? answerPage(message, sender) : undefined,
  );
}

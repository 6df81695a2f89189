import { browser, type Browser } from 'wxt/browser';
import { reportEvent } from './reporting/channel';
import { badgeFor, showPortalOnBadge } from './badge';
import { panelWantedOn, unlessDismissed } from './panel-settings';
import { noteStep } from './tab-steps';
import { warningFor } from './warning-service';
import { readPolicySoon } from '@/platform/policy-reader';
import { loadTranslation } from '@/platform/translation';
import { helpFor } from '@/utils/help';
import { panelMessageGroups, pickMessages } from '@/utils/i18n/pick-messages';
import { keyPart } from '@/utils/i18n/translate';
import { helpdeskReport } from '@/utils/errors/helpdesk-report';
import { dismissedHosts, dismissedWarnings, warningKey } from '@/platform/settings';
import {
  isHelpdeskReportRequest,
  isHelpRequest,
  isPanelSettingsRequest,
  isPortalRequest,
  isWarningRequest,
  type PanelSettingsRequest,
  type PortalAnswer,
} from '@/utils/messages';
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
  const origin = originOf(sender);
  return origin ? portalForOrigin(origin, await readPolicySoon()) : undefined;
}

/** The origin of a message's sender, as the browser reports it, if it is a tab's top frame in our extension. */
function originOf(sender: Sender): string | undefined {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
  const origin = sender.origin ?? (sender.url && URL.canParse(sender.url) ? new URL(sender.url).origin : undefined);
  return origin && URL.canParse(origin) ? origin : undefined;
}

/** Everything a sign-in page needs to start, in one answer: the panel's words, the help on screen, the first warning. */
async function answerPortal(portal: Portal, reading: StepReading | undefined, tabId: number, host: string): Promise<PortalAnswer> {
  const [policy, translation, noted, panel] = await Promise.all([
    readPolicySoon(),
    loadTranslation(),
    reading && noteStep(tabId, reading.step),
    panelWantedOn(host),
  ]);
  const { t } = translation;
  const texts = pickMessages(translation.messages, [...panelMessageGroups, `portal.${keyPart(portal.id)}`]);
  const { helpdesk } = policy;
  const help = reading ? helpFor(portal, reading, { t, helpdeskName: helpdesk?.name, ...noted }) : undefined;
  const warning = (await unlessDismissed(host, decideWarning({ portal, policy }, t))) ?? null;
  const page = { ...portal, examples: [], hostSources: [] }; // the page needs no catalog bookkeeping
  return { portal: page, locale: translation.locale, texts, warning, panel, ...(helpdesk ? { helpdesk } : {}), ...(help ? { help } : {}) };
}

/** The panel's settings for the sender's site: read, or changed by the person's click in the panel. */
async function answerPanelSettings(message: PanelSettingsRequest, host: string, portal: Portal, tabId: number): Promise<unknown> {
  if (message.type === 'dismiss-panel') await dismissedHosts.add(host);
  if (message.type === 'dismiss-warning') {
    await dismissedWarnings.add(warningKey(host, { id: message.warning, ...(message.domain ? { domain: message.domain } : {}) }));
    const { t } = await loadTranslation();
    void showPortalOnBadge(tabId, badgeFor(portal, host, t)).catch(() => undefined); // the warning is gone: the cloud again
  }
  return panelWantedOn(host);
}

/**
 * Answer one message from a sign-in page, or `undefined` when it is not ours to answer. The portal comes from the
 * sender; a page that is no sign-in page gets `null`. The first question also puts the cloud on the tab's badge.
 */
export async function answerPage(message: unknown, sender: Sender): Promise<unknown> {
  if (!isPageQuestion(message)) return undefined;
  const portal = await portalOfSender(sender);
  if (!portal) return null;
  const tabId = sender.tab!.id!;
  const host = new URL(originOf(sender)!).hostname;
  if (isPanelSettingsRequest(message)) return answerPanelSettings(message, host, portal, tabId);
  if (isPortalRequest(message)) {
    const answer = await answerPortal(portal, message.reading, tabId, host);
    reportShownWarning(host, answer.warning ?? undefined);
    const { t } = await loadTranslation();
    void showPortalOnBadge(tabId, badgeFor(portal, host, t, answer.warning ?? undefined)).catch(() => undefined);
    return answer;
  }
  const { t } = await loadTranslation();
  if (isHelpdeskReportRequest(message)) {
    const url = sender.url && URL.canParse(sender.url) ? new URL(sender.url) : undefined;
    return url ? helpdeskReport({ code: message.code, details: message.details, portal, url, copiedAt: new Date() }, t) : null;
  }
  if (isHelpRequest(message)) {
    const [policy, noted] = await Promise.all([readPolicySoon(), noteStep(tabId, message.reading.step)]);
    return helpFor(portal, message.reading, { t, helpdeskName: policy.helpdesk?.name, ...noted });
  }
  const warning = await unlessDismissed(host, await warningFor(portal, message.domain, t, tabId));
  reportShownWarning(host, warning);
  void showPortalOnBadge(tabId, badgeFor(portal, host, t, warning)).catch(() => undefined); // "!" while a warning shows
  return warning ?? null;
}

/**
 * Tell the organization's report channel a sign-in warning was shown (only where the policy's `reportWebhook.events`
 * names `sign-in-warning-shown`; the channel decides, and repeats within a minute are one report).
 */
function reportShownWarning(host: string, warning: { id: string } | undefined): void {
  if (warning) void reportEvent({ event: 'sign-in-warning-shown', origin: `https://${host}`, warning: warning.id });
}

const isPageQuestion = (message: unknown) =>
  isPortalRequest(message) ||
  isHelpRequest(message) ||
  isWarningRequest(message) ||
  isHelpdeskReportRequest(message) ||
  isPanelSettingsRequest(message);

/** Answer sign-in pages' messages for as long as the service worker runs. */
export function answerPages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) =>
    isPageQuestion(message) ? answerPage(message, sender) : undefined,
  );
}

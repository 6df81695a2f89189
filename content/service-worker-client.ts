import { browser } from 'wxt/browser';
import type { Help } from '@/utils/help';
import type { ErrorDetails } from '@/utils/errors/helpdesk-report';
import {
  isPanelWanted,
  type HelpdeskReportRequest,
  type HelpRequest,
  type PanelSettingsRequest,
  type PanelWanted,
  type PortalAnswer,
  type PortalRequest,
  type WarningRequest,
} from '@/utils/messages';
import type { StepReading } from '@/utils/steps/types';
import { warningIds, type Warning } from '@/utils/warnings/types';

/** The questions a sign-in page asks the service worker; each answer is checked, and none ever throws. */
export interface ServiceWorkerClient {
  /** This page's portal, the panel's words, the help for `reading` and the first warning; `undefined` if none. */
  portal(reading: StepReading): Promise<PortalAnswer | undefined>;
  /** The help for a reading on this page; `undefined` if there is no answer. */
  help(reading: StepReading): Promise<Help | undefined>;
  /** The warning for a typed domain (`null`: none); `undefined` if there is no answer. */
  warning(domain: string): Promise<Warning | null | undefined>;
  /** The helpdesk text for an error on this page, written by the service worker; `undefined` if there is no answer. */
  report(code: string | undefined, details: ErrorDetails): Promise<string | undefined>;
  /** Whether the panel is wanted on this site now; `undefined` if there is no answer. */
  panelSettings(): Promise<PanelWanted | undefined>;
  /** The person turned the panel off on this site (kept by the service worker: storage is closed to pages). */
  dismissPanel(): Promise<PanelWanted | undefined>;
  /** The person marked this warning "not my case" on this site. */
  dismissWarning(warning: Warning): Promise<PanelWanted | undefined>;
}

const isPortalAnswer = (value: unknown): value is PortalAnswer => {
  const answer = value as PortalAnswer | null;
  return (
    typeof answer === 'object' &&
    answer !== null &&
    typeof answer.portal?.id === 'string' &&
    Array.isArray(answer.portal.hosts) &&
    typeof answer.texts === 'object' &&
    answer.texts !== null &&
    isPanelWanted(answer.panel)
  );
};
const isHelp = (value: unknown): value is Help => typeof value === 'object' && value !== null && Array.isArray((value as Help).advice);
const isWarningAnswer = (value: unknown): value is Warning | null =>
  value === null || (warningIds as readonly unknown[]).includes((value as Warning | undefined)?.id);

async function ask<T>(
  message: PortalRequest | HelpRequest | WarningRequest | HelpdeskReportRequest | PanelSettingsRequest,
  isAnswer: (value: unknown) => value is T,
): Promise<T | undefined> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(message);
    return isAnswer(answer) ? answer : undefined;
  } catch {
    return undefined; // the service worker is gone (the extension was updated) or failed: no help rather than an error
  }
}

/**
 * The service worker as a sign-in page reaches it. The page never says where it is: the service worker knows the
 * sender's origin from the browser. The tables live there, so the script injected into sign-in pages stays small.
 */
export const serviceWorkerClient: ServiceWorkerClient = {
  portal: (reading) => ask({ type: 'portal', reading }, isPortalAnswer),
  help: (reading) => ask({ type: 'help', reading }, isHelp),
  warning: (domain) => ask({ type: 'warning', domain }, isWarningAnswer),
  report: (code, details) =>
    ask({ type: 'helpdesk-report', details, ...(code ? { code } : {}) }, (value): value is string => typeof value === 'string'),
  panelSettings: () => ask({ type: 'panel-settings' }, isPanelWanted),
  dismissPanel: () => ask({ type: 'dismiss-panel' }, isPanelWanted),
  dismissWarning: ({ id, domain }) => ask({ type: 'dismiss-warning', warning: id, ...(domain ? { domain } : {}) }, isPanelWanted),
};

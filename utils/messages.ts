import type { Locale } from './i18n/locales';
import type { ChromeMessages } from './i18n/translate';
import type { Help } from './help';
import type { Helpdesk } from './policy';
import type { Portal } from './portals/types';
import { isErrorCode } from './steps/dom';
import { domainOfAccount } from './warnings/account-domain';
import { warningIds, type Warning } from './warnings/types';
import { stepIds, type StepReading } from './steps/types';

/**
 * A content script asks the service worker which portal its page belongs to (the catalog lives there, not in
 * the page). The page says nothing about where it is: the service worker goes by the origin the browser reports.
 */
export interface PortalRequest {
  readonly type: 'portal';
  /** The step on screen, so the first answer can carry its help (one round trip instead of three). */
  readonly reading?: StepReading;
}

/** The service worker's answer to a {@link PortalRequest} on a sign-in page. */
export interface PortalAnswer {
  readonly portal: Portal;
  /** The person's language. */
  readonly locale: Locale;
  /** The panel's words in that language (a subset of the messages; the rest stays in the service worker). */
  readonly texts: ChromeMessages;
  /** The organization's helpdesk, from policy. */
  readonly helpdesk?: Helpdesk;
  /** Help for the request's reading, if it sent one. */
  readonly help?: Help;
  /** The page's warning before anything is typed (Germany, or another cloud by policy); `null` for none. */
  readonly warning: Warning | null;
}

/** A content script asks the service worker for the help that fits a reading on its page (the tables live there). */
export interface HelpRequest {
  readonly type: 'help';
  readonly reading: StepReading;
}

/** A content script asks which warning fits its page, with the domain typed in the account field if any. */
export interface WarningRequest {
  readonly type: 'warning';
  /** Only the domain part of the typed address, never the part before `@`. */
  readonly domain?: string;
}

/** The popup asks the active tab's content script what it sees. */
export interface PageStateRequest {
  readonly type: 'page-state';
}

/** What a sign-in tab's content script answers to the popup. */
export interface PageState {
  /** The page's origin as the content script's own world sees it (the popup has no `tabs` permission to read it). */
  readonly origin: string;
  /** The step on screen. */
  readonly reading: StepReading;
  /** Whether the person turned the in-page panel off for this site. */
  readonly dismissed: boolean;
  /** The warning the panel shows, if any. */
  readonly warning?: Warning;
}

type Untrusted = Record<string, unknown>;

function hasType(message: unknown, type: string): message is Untrusted {
  return typeof message === 'object' && message !== null && (message as Untrusted).type === type;
}

/** Whether a value is a well-formed {@link StepReading}: a known step and, if any, a 5–7 digit code. */
export function isStepReading(value: unknown): value is StepReading {
  if (typeof value !== 'object' || value === null) return false;
  const { step, errorCode } = value as Untrusted;
  return (
    (stepIds as readonly unknown[]).includes(step) && (errorCode === undefined || (typeof errorCode === 'string' && isErrorCode(errorCode)))
  );
}

/** Whether a runtime message is a well-formed {@link PortalRequest}. */
export function isPortalRequest(message: unknown): message is PortalRequest {
  return hasType(message, 'portal') && (message.reading === undefined || isStepReading(message.reading));
}

/** Whether a runtime message is a well-formed {@link HelpRequest}. */
export function isHelpRequest(message: unknown): message is HelpRequest {
  return hasType(message, 'help') && isStepReading(message.reading);
}

/** Whether a runtime message is a well-formed {@link WarningRequest}: its domain, if any, is a plain domain. */
export function isWarningRequest(message: unknown): message is WarningRequest {
  if (!hasType(message, 'warning')) return false;
  const { domain } = message;
  return domain === undefined || (typeof domain === 'string' && domainOfAccount(`x@${domain}`) === domain);
}

/** Whether a runtime message is a {@link PageStateRequest}. */
export function isPageStateRequest(message: unknown): message is PageStateRequest {
  return hasType(message, 'page-state');
}

/** Whether an answer from a content script is a well-formed {@link PageState}. */
export function isPageState(value: unknown): value is PageState {
  if (typeof value !== 'object' || value === null) return false;
  const { origin, reading, dismissed, warning } = value as Untrusted;
  const warningOk = warning === undefined || (warningIds as readonly unknown[]).includes((warning as Untrusted | null)?.id);
  return typeof origin === 'string' && origin.length < 300 && typeof dismissed === 'boolean' && isStepReading(reading) && warningOk;
}

import type { Locale } from './i18n/locales';
import type { WeightedSignal } from './lookalike/types';
import type { ChromeMessages } from './i18n/translate';
import type { Help } from './help';
import type { ErrorDetails } from './errors/helpdesk-report';
import type { Helpdesk } from './policy';
import type { Portal } from './portals/types';
import { isErrorCode } from './steps/dom';
import { domainOfAccount } from './warnings/account-domain';
import { warningIds, type Warning } from './warnings/types';
import { consentLimits, methodIds, stepIds, stepsWithMethod, type StepReading } from './steps/types';

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
  /** Whether the panel is wanted on this site (the settings live where pages cannot reach them). */
  readonly panel: PanelWanted;
}

/** Whether the panel is wanted on a site (not hidden by policy, switched off, or dismissed there), and whether it was dismissed there. */
export interface PanelWanted {
  readonly wanted: boolean;
  readonly dismissed: boolean;
}

/**
 * A content script asks whether its panel is wanted, or says the person turned it off on this site, or marked the
 * warning shown "not my case". The site is the sender's, as the browser reports it: storage is closed to pages.
 */
export type PanelSettingsRequest =
  | { readonly type: 'panel-settings' }
  | { readonly type: 'dismiss-panel' }
  | { readonly type: 'dismiss-warning'; readonly warning: Warning['id']; readonly domain?: string };

/** The service worker tells sign-in tabs that the panel's settings changed (they then ask again). */
export interface PanelSettingsChanged {
  readonly type: 'panel-settings-changed';
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

/**
 * "Copy details for your helpdesk": a page sends the code and ids it shows; the service worker writes the text, in the
 * person's language, with the page's origin and path taken from the browser's report of the sender (never the query).
 */
export interface HelpdeskReportRequest {
  readonly type: 'helpdesk-report';
  readonly code?: string;
  readonly details: ErrorDetails;
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

const isShortText = (value: unknown) =>
  value === undefined || (typeof value === 'string' && value.length > 0 && value.length <= consentLimits.chars);

/** Whether a page's consent details are text of the reader's bounds: known fields, short strings, at most 12 lines. */
function isConsentDetails(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { app, publisher, publisherState, permissions, ...rest } = value as Untrusted;
  return (
    Object.keys(rest).length === 0 &&
    isShortText(app) &&
    isShortText(publisher) &&
    (publisherState === undefined || publisherState === 'verified' || publisherState === 'unverified') &&
    Array.isArray(permissions) &&
    permissions.length <= consentLimits.lines &&
    permissions.every((line) => line !== undefined && isShortText(line))
  );
}

/**
 * Whether a value is a well-formed {@link StepReading}: a known step, a known method on a step that has one, a 5–7
 * digit code, and consent details only on `consent`, within the reader's bounds.
 */
export function isStepReading(value: unknown): value is StepReading {
  if (typeof value !== 'object' || value === null) return false;
  const { step, method, errorCode, consent } = value as Untrusted;
  if (consent !== undefined && (step !== 'consent' || !isConsentDetails(consent))) return false;
  const methodOk =
    method === undefined || ((methodIds as readonly unknown[]).includes(method) && (stepsWithMethod as readonly unknown[]).includes(step));
  return (
    (stepIds as readonly unknown[]).includes(step) &&
    methodOk &&
    (errorCode === undefined || (typeof errorCode === 'string' && isErrorCode(errorCode)))
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

/** Whether a runtime message is a well-formed {@link PanelSettingsRequest}: a known warning and a plain domain. */
export function isPanelSettingsRequest(message: unknown): message is PanelSettingsRequest {
  if (hasType(message, 'panel-settings') || hasType(message, 'dismiss-panel')) return true;
  if (!hasType(message, 'dismiss-warning')) return false;
  const { warning, domain } = message;
  const domainOk = domain === undefined || (typeof domain === 'string' && domainOfAccount(`x@${domain}`) === domain);
  return (warningIds as readonly unknown[]).includes(warning) && domainOk;
}

/** Whether a message is the service worker's {@link PanelSettingsChanged}. */
export function isPanelSettingsChanged(message: unknown): message is PanelSettingsChanged {
  return hasType(message, 'panel-settings-changed');
}

/** Whether an answer is a well-formed {@link PanelWanted}. */
export function isPanelWanted(value: unknown): value is PanelWanted {
  const wanted = value as Partial<PanelWanted> | null;
  return typeof wanted === 'object' && wanted !== null && typeof wanted.wanted === 'boolean' && typeof wanted.dismissed === 'boolean';
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

/** The look-alike warning asks the service worker for its words; the page is known by the sender, never by the message. */
export interface GuardPageRequest {
  readonly type: 'guard-page';
}

/** The service worker's answer to a {@link GuardPageRequest}, and to the block page's {@link GuardBlockedRequest}. */
export interface GuardPageAnswer {
  readonly mode: 'warn' | 'block';
  readonly locale: Locale;
  /** The look-alike's host and origin, as the browser reported them (a frame's, when the form was in a frame). */
  readonly host: string;
  readonly origin: string;
  /** Which signals matched, with their weights, for the warning and the details copied for the IT desk. */
  readonly signals: readonly WeightedSignal[];
  /** The warning's words in the person's language. */
  readonly texts: ChromeMessages;
  /** Where the real sign-in page is (the organization's cloud's, from policy, else worldwide). */
  readonly realSignIn: string;
  /** Block page only: whether policy lets the person continue to the page once. */
  readonly allowContinue?: boolean;
}

/** "I trust this site": remember the look-alike's host so the guard leaves it alone (the warning sends it on a real click). */
export interface GuardTrustRequest {
  readonly type: 'guard-trust';
}

/** The block page asks what it blocked; the tab is known by the sender. */
export interface GuardBlockedRequest {
  readonly type: 'guard-blocked';
}

/** "Continue anyway" on the block page, where policy allows it: back to the page, once, in this tab. */
export interface GuardContinueRequest {
  readonly type: 'guard-continue';
}

/** Whether a runtime message is a {@link GuardPageRequest}. */
export function isGuardPageRequest(message: unknown): message is GuardPageRequest {
  return hasType(message, 'guard-page');
}

/** Whether a runtime message is a {@link GuardTrustRequest}. */
export function isGuardTrustRequest(message: unknown): message is GuardTrustRequest {
  return hasType(message, 'guard-trust');
}

/** Whether a runtime message is a {@link GuardBlockedRequest}. */
export function isGuardBlockedRequest(message: unknown): message is GuardBlockedRequest {
  return hasType(message, 'guard-blocked');
}

/** Whether a runtime message is a {@link GuardContinueRequest}. */
export function isGuardContinueRequest(message: unknown): message is GuardContinueRequest {
  return hasType(message, 'guard-continue');
}

/** Whether an answer is a well-formed {@link GuardPageAnswer}. */
export function isGuardPageAnswer(value: unknown): value is GuardPageAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { mode, signals, texts, realSignIn, host, origin } = value as Untrusted;
  return (
    (mode === 'warn' || mode === 'block') &&
    Array.isArray(signals) &&
    typeof host === 'string' &&
    typeof origin === 'string' &&
    typeof texts === 'object' &&
    texts !== null &&
    typeof realSignIn === 'string' &&
    realSignIn.startsWith('https://')
  );
}

const guidPattern = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const timestampPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Whether a runtime message is a well-formed {@link HelpdeskReportRequest}: a code and ids of the right shape only. */
export function isHelpdeskReportRequest(message: unknown): message is HelpdeskReportRequest {
  if (!hasType(message, 'helpdesk-report')) return false;
  const { code, details } = message;
  if (code !== undefined && !(typeof code === 'string' && isErrorCode(code))) return false;
  if (typeof details !== 'object' || details === null) return false;
  const { requestId, correlationId, timestamp } = details as Untrusted;
  const ok = (value: unknown, pattern: RegExp) => value === undefined || (typeof value === 'string' && pattern.test(value));
  return ok(requestId, guidPattern) && ok(correlationId, guidPattern) && ok(timestamp, timestampPattern);
}

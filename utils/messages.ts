/** A content script tells the service worker which portal its tab shows, for the toolbar badge. */
export interface PortalSeenMessage {
  readonly type: 'portal-seen';
  readonly portalId: string;
}

/** The popup asks the active tab's content script what it sees. */
export interface PageStateRequest {
  readonly type: 'page-state';
}

/** What a sign-in tab's content script answers to the popup. */
export interface PageState {
  readonly portalId: string;
  /** Whether the person turned the in-page panel off for this site. */
  readonly dismissed: boolean;
}

function hasType(message: unknown, type: string): message is Record<string, unknown> {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}

/** Whether a runtime message is a well-formed {@link PortalSeenMessage}. */
export function isPortalSeenMessage(message: unknown): message is PortalSeenMessage {
  return hasType(message, 'portal-seen') && typeof message.portalId === 'string';
}

/** Whether a runtime message is a {@link PageStateRequest}. */
export function isPageStateRequest(message: unknown): message is PageStateRequest {
  return hasType(message, 'page-state');
}

/** Whether an answer from a content script is a well-formed {@link PageState}. */
export function isPageState(value: unknown): value is PageState {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PageState).portalId === 'string' &&
    typeof (value as PageState).dismissed === 'boolean'
  );
}

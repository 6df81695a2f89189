import { isShown } from './dom';
import { consentLimits, type ConsentDetails, type PublisherState } from './types';

/*
 * What an app consent page shows about the app asking: its name, its publisher (verified or not) and the permissions
 * listed. Evidence, checked 2026-12-08:
 * - Learn, application-consent-experience (ms.date 2023-12-15 in MicrosoftDocs/entra-docs
 *   `docs/identity-platform/application-consent-experience.md`): the prompt's parts are the title ("Permissions
 *   requested"), the app's logo and name, "publisher name and verification" (a blue "verified" badge beside a
 *   verified publisher's name; "Unverified" shown instead of a name otherwise) and the list of permissions, each with a
 *   description behind a chevron — high, for what is shown; it documents no markup.
 * - The accept buttons: Entra's `input[name=idSIButton9]` (zaproxy/zap-extensions PR #7387, 2026-05: heading text
 *   only, no id of the view) and login.live.com's `[data-testid=appConsentPrimaryButton]` (many public OAuth
 *   scripts) — high; login.live.com's title `[data-testid=appConsentTitle]` ("Let this app access your info?", a
 *   public Outlook sign-up bot's `is_let_this_app_access_your_info_page`) — medium.
 * No public code names the elements holding the app's name, the publisher or the permission list, so those are read
 * by structure that generalizes, and left out rather than guessed: the app's name and the publisher only from
 * elements whose id, class or test id names them (`appName`, `publisher`); the verification from a marker named
 * verified/unverified or the documented word "Unverified"; the permissions from the list items of the consent view
 * (not its footer). Text only, shown text only, never a field's value, bounded work.
 */

/** The consent view's container, nearest to its accept button first. */
const viewSelector = '#lightbox, .ext-sign-in-box, main, [role="main"], form';
const acceptSelector = '[data-testid="appConsentPrimaryButton"], input[name="idSIButton9"]';
const outsideView = 'footer, #footer, nav, [role="navigation"], [role="contentinfo"]';
const appNameSelector = '[data-testid*="appname" i], [id*="appname" i], [class*="app-name" i], [class*="appname" i]';
const publisherSelector = '[data-testid*="publisher" i], [id*="publisher" i], [class*="publisher" i]';
const verifiedMarker =
  '[class*="verified" i], [data-testid*="verified" i], [id*="verified" i], [aria-label*="verified" i], [title*="verified" i], img[alt*="verified" i]';
const itemSelector = 'li, [role="listitem"]';

/** Words that say a publisher is not verified (Learn: "Unverified"); only English is known. */
const unverifiedWords = /\b(?:unverified|not (?:been )?verified)\b/i;
const stateWords = /\(?\b(?:unverified|not (?:been )?verified|verified)\b\)?/gi;
/** At most this many list items are looked at, and this many characters of text per element. */
const maxItemsLooked = 300;
const maxCharsScanned = 2_000;
const maxViewCharsScanned = 20_000;
const skipped = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'title']);

/** The shown text of an element, whitespace collapsed, from at most `maxScanned` characters; never a field's value. */
function shownTextIn(element: Element, maxScanned: number): string {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const shown = new Map<Element, boolean>();
  let text = '';
  let scanned = 0;
  for (let node = walker.nextNode(); node && scanned < maxScanned; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    scanned += value.length;
    const parent = node.parentElement;
    if (!parent || skipped.has(parent.localName) || value.trim() === '') continue;
    const visible = shown.get(parent) ?? isShown(parent);
    shown.set(parent, visible);
    if (visible) text += ` ${value}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The shown text of an element, whitespace collapsed, at most `consentLimits.chars` characters; never a field's value. */
export function shownTextOf(element: Element): string {
  const clean = shownTextIn(element, maxCharsScanned);
  return clean.length > consentLimits.chars ? `${clean.slice(0, consentLimits.chars - 1).trimEnd()}…` : clean;
}

const inView = (element: Element) => !element.closest(outsideView) && isShown(element);

function viewOf(document: Document): Element | undefined {
  const accept = document.querySelector(acceptSelector);
  return accept?.closest(viewSelector) ?? document.querySelector(viewSelector) ?? document.body ?? undefined;
}

/** The first shown element of `selector` in the view with some text, as text. */
function firstText(view: Element, selector: string): string | undefined {
  for (const element of view.querySelectorAll(selector)) {
    if (!inView(element)) continue;
    const text = shownTextOf(element);
    if (text) return text;
  }
  return undefined;
}

function markerNames(element: Element): string {
  return ['class', 'data-testid', 'id', 'aria-label', 'title', 'alt'].map((name) => element.getAttribute(name) ?? '').join(' ');
}

/** Verified, unverified, or neither (and neither when the page says both). */
function publisherStateIn(view: Element, publisher: string | undefined): PublisherState | undefined {
  let verified = false;
  let unverified = publisher !== undefined && unverifiedWords.test(publisher);
  for (const marker of view.querySelectorAll(verifiedMarker)) {
    if (!inView(marker)) continue;
    if (/unverified|not[-_ ]?verified/i.test(markerNames(marker))) unverified = true;
    else verified = true;
  }
  if (!unverified && unverifiedWords.test(shownTextIn(view, maxViewCharsScanned))) unverified = true;
  if (verified === unverified) return undefined;
  return verified ? 'verified' : 'unverified';
}

/** The permission lines: the view's list items that hold no other item, shown, as text, without repeats. */
function permissionsIn(view: Element): string[] {
  const lines: string[] = [];
  const items = view.querySelectorAll(itemSelector);
  for (let index = 0; index < items.length && index < maxItemsLooked && lines.length < consentLimits.lines; index += 1) {
    const item = items[index]!;
    if (item.querySelector(itemSelector) || !inView(item)) continue;
    // A chevron or bullet drawn as text before the words is not part of them.
    const text = shownTextOf(item).replace(/^[^\p{L}\p{N}]+/u, '');
    if (text && !lines.includes(text)) lines.push(text);
  }
  return lines;
}

/**
 * Read what a consent page shows about the app asking: its name and publisher where the page marks them, whether the
 * publisher is verified, and the permission lines. `undefined` when it shows none of these. Never throws.
 */
export function readConsent(document: Document): ConsentDetails | undefined {
  try {
    const view = viewOf(document);
    if (!view) return undefined;
    const app = firstText(view, appNameSelector);
    const shownPublisher = firstText(view, publisherSelector);
    const publisherState = publisherStateIn(view, shownPublisher);
    // "Unverified" in place of a name (Learn), or a badge's word beside it, is the state, not the publisher's name.
    const publisher = shownPublisher?.replace(stateWords, ' ').replace(/\s+/g, ' ').trim() || undefined;
    const permissions = permissionsIn(view);
    if (!app && !publisher && !publisherState && permissions.length === 0) return undefined;
    return { ...(app ? { app } : {}), ...(publisher ? { publisher } : {}), ...(publisherState ? { publisherState } : {}), permissions };
  } catch {
    return undefined;
  }
}

/** A stable text key for consent details, to tell two readings apart. */
export function consentKey(consent: ConsentDetails | undefined): string {
  return consent ? JSON.stringify([consent.app, consent.publisher, consent.publisherState, consent.permissions]) : '';
}

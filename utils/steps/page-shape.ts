import { anyShown, isShown } from './dom';
import { readPageConfig } from './page-config';

/** At most this many elements are listed: enough to name a view, short enough to paste into an issue. */
const maxElements = 150;
/** Elements that say what a view is, even without an id. */
const structural = 'form, input, button, select, textarea, iframe, img, h1, h2, [role], [data-testid], [id], [name]';
/** Our own panel, and what never has structure worth sending. */
const skipped = new Set(['sign-in-assistant', 'script', 'style', 'noscript', 'template', 'meta', 'link', 'head', 'title']);

/**
 * An attribute kept only when it looks like a name a developer wrote: a letter, then at most 79 letters, digits,
 * `_ : . -`, and no run of 7 digits or more (a phone number or a code is never a name).
 */
function safeName(value: string | null): string | undefined {
  if (value === null || !/^[A-Za-z][\w:.-]{0,79}$/.test(value) || /\d{7}/.test(value)) return undefined;
  return value;
}

/** One element as `tag#id [name=…] [type=…] [data-testid=…] [role=…]`; never its text, value, address or other attributes. */
function describe(element: Element): string {
  const id = safeName(element.getAttribute('id'));
  const parts = [element.localName + (id ? `#${id}` : '')];
  for (const attribute of ['name', 'type', 'data-testid', 'role']) {
    const value = safeName(element.getAttribute(attribute));
    if (value) parts.push(`[${attribute}=${value}]`);
  }
  return parts.join('');
}

/** Whether the page offers something to act on (a form or a button), so an unknown step is worth reporting. */
export function hasShownControls(document: Document): boolean {
  return anyShown(document, 'form, button, [role="button"], input[type="submit"], input[type="button"]');
}

/**
 * The shape of a page we cannot read, for the developers: its host, its path (never the query or fragment), its
 * page id, and the shown elements' tag, id, name, input type, test id and role, in document order. Never text,
 * never a value, never an address: what a person typed or reads on the page cannot be in it.
 */
export function pageShape(document: Document, url: URL): string {
  const lines = ['Sign-in Assistant: page shape', `host: ${url.hostname}`, `path: ${url.pathname.slice(0, 200)}`];
  const pageId = readPageConfig(document).pgid;
  if (pageId) lines.push(`page id: ${pageId}`);
  const seen = new Set<string>();
  const body = document.body;
  const elements = body ? body.querySelectorAll(structural) : [];
  for (const element of elements) {
    if (seen.size >= maxElements) break;
    if (skipped.has(element.localName) || element.closest('sign-in-assistant') || !isShown(element)) continue;
    const line = describe(element);
    if (line === element.localName && !['form', 'input', 'button', 'select', 'textarea', 'iframe'].includes(line)) continue;
    if (!seen.has(line)) seen.add(line);
  }
  lines.push('shown:', ...[...seen].map((line) => `  ${line}`));
  return `${lines.join('\n')}\n`;
}

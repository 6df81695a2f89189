/**
 * Whether an element is rendered for the person: not hidden by attribute, type or CSS. `aria-hidden` does not
 * count: it hides from assistive technology, not from sight (the sign-in pages' decorative animations, such as
 * login.live.com's `kmsiVideo` and `biometricVideo`, carry it and are on screen). Never reads values.
 */
export function isShown(element: Element): boolean {
  if (element.closest('[hidden], template')) return false;
  if (element.localName === 'input' && element.getAttribute('type')?.toLowerCase() === 'hidden') return false;
  // `visibility: hidden` counts too: such an element takes room but nobody sees it.
  const check = (element as Element & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(element, { visibilityProperty: true }) : true;
}

/** Whether any element matching `selector` is shown; a broken selector counts as none. */
export function anyShown(root: ParentNode, selector: string): boolean {
  let candidates: NodeListOf<Element>;
  try {
    candidates = root.querySelectorAll(selector);
  } catch {
    return false;
  }
  for (const candidate of candidates) if (isShown(candidate)) return true;
  return false;
}

/** Whether any element matching `selector` is shown and has some text (an error message on screen). */
export function anyShownWithText(root: ParentNode, selector: string): boolean {
  for (const candidate of root.querySelectorAll(selector)) {
    if ((candidate.textContent ?? '').trim() !== '' && isShown(candidate)) return true;
  }
  return false;
}

const skippedParents = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);
const maxTextScanned = 200_000;

/**
 * Call `visit` with each piece of shown text in the body, in document order: script text, hidden elements and
 * form fields are skipped, and at most 200,000 characters are scanned.
 */
export function forEachShownText(document: Document, visit: (text: string) => void): void {
  const body = document.body;
  if (!body) return;
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let scanned = 0;
  for (let node = walker.nextNode(); node && scanned < maxTextScanned; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    scanned += text.length;
    const parent = node.parentElement;
    if (text.trim() === '' || !parent || skippedParents.has(parent.localName) || !isShown(parent)) continue;
    visit(text);
  }
}

/** Whether any shown text of the body matches `pattern` (script text, hidden elements and fields skipped). */
export function shownTextMatches(document: Document, pattern: RegExp): boolean {
  let found = false;
  forEachShownText(document, (text) => {
    found ||= pattern.test(text);
  });
  return found;
}

const codePattern = /\bAADSTS(\d{5,7})\b/g;

/** The `AADSTS` numbers in the page's shown text, in document order, without duplicates. */
export function shownErrorCodes(document: Document): string[] {
  if (!(document.body?.textContent ?? '').includes('AADSTS')) return [];
  const codes: string[] = [];
  forEachShownText(document, (text) => {
    if (!text.includes('AADSTS')) return;
    for (const match of text.matchAll(codePattern)) if (!codes.includes(match[1]!)) codes.push(match[1]!);
  });
  return codes;
}

/** Whether a string is an `AADSTS` number as we accept it: 5 to 7 digits. */
export function isErrorCode(value: string | undefined): value is string {
  return value !== undefined && /^\d{5,7}$/.test(value);
}

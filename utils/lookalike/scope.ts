import type { PageEvidence } from './types';

/**
 * The open shadow roots that hold the focused element, outermost first: where the tripwire saw a field get focus
 * inside a shadow root (closed ones cannot be seen from the page either). Following focus costs a few steps; walking
 * every element of a page to find shadow roots cost about 1 ms on a small login page, measured in Chromium 156.
 */
export function focusedShadowRoots(document: Document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (let root = document.activeElement?.shadowRoot; root && found.length < 32; root = root.activeElement?.shadowRoot) {
    found.push(root);
  }
  return found;
}

/** The elements matching `selector` in the page's document, then in each open shadow root the evidence names. */
export function matching(evidence: PageEvidence, selector: string): Element[] {
  const roots: ParentNode[] = [evidence.document, ...(evidence.shadowRoots ?? [])];
  return roots.flatMap((root) => [...root.querySelectorAll(selector)]);
}

/** Whether an element matching `selector` is in the page's document or one of its open shadow roots. */
export function anyMatches(evidence: PageEvidence, selector: string): boolean {
  if (evidence.document.querySelector(selector)) return true;
  return (evidence.shadowRoots ?? []).some((root) => root.querySelector(selector) !== null);
}

import type { PageEvidence } from './types';

/** How many elements {@link openShadowRoots} looks at, at most, so a huge page costs a bounded walk. */
const maxElementsWalked = 20_000;

/** The open shadow roots under a document, nested ones too (closed ones cannot be seen from the page either). */
export function openShadowRoots(document: Document, maxElements = maxElementsWalked): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const pending: ParentNode[] = [document];
  let walked = 0;
  for (let root = pending.pop(); root; root = pending.pop()) {
    for (const element of root.querySelectorAll('*')) {
      if (++walked > maxElements) return found;
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        pending.push(element.shadowRoot);
      }
    }
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

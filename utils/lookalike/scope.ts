import type { PageEvidence } from './types';

/** The elements matching `selector` in the page's document, then in each shadow root the evidence names. */
export function matching(evidence: PageEvidence, selector: string): Element[] {
  const roots: ParentNode[] = [evidence.document, ...(evidence.shadowRoots ?? [])];
  return roots.flatMap((root) => [...root.querySelectorAll(selector)]);
}

/** Whether an element matching `selector` is in the page's document or one of the evidence's shadow roots. */
export function anyMatches(evidence: PageEvidence, selector: string): boolean {
  if (evidence.document.querySelector(selector)) return true;
  return (evidence.shadowRoots ?? []).some((root) => root.querySelector(selector) !== null);
}

/**
 * The shadow roots under `document`'s custom elements (tag names with a hyphen), open and, where `rootOf` can reach
 * them (`chrome.dom.openOrClosedShadowRoot` in an extension world), closed; nested ones too. Bounded: the first 2,000
 * elements of each root and 32 roots at most.
 */
export function reachableShadowRoots(
  document: Document,
  rootOf: (element: Element) => ShadowRoot | null = (e) => e.shadowRoot,
): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (root: ParentNode) => {
    const elements = root.querySelectorAll('*');
    for (let index = 0; index < elements.length && index < 2000 && found.length < 32; index += 1) {
      const element = elements[index]!;
      if (!element.tagName.includes('-')) continue;
      const shadow = rootOf(element);
      if (shadow && !found.includes(shadow)) {
        found.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(document);
  return found;
}

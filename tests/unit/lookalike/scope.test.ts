// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { anyMatches, matching, openShadowRoots } from '@/utils/lookalike/scope';

beforeEach(() => {
  document.body.replaceChildren();
});

/** A host element with a shadow root of the given mode holding `inside`. */
function shadowHost(mode: ShadowRootMode, ...inside: Element[]): HTMLElement {
  const host = document.createElement('div');
  host.attachShadow({ mode }).append(...inside);
  return host;
}

describe('open shadow roots', () => {
  test('are found nested, and closed ones are not (the page cannot see into those either)', () => {
    const inner = shadowHost('open', Object.assign(document.createElement('input'), { id: 'deep' }));
    const outer = shadowHost('open', inner);
    document.body.append(outer, shadowHost('closed', document.createElement('input')));
    const roots = openShadowRoots(document);
    expect(roots).toHaveLength(2);
    expect(roots.map((root) => root.host)).toEqual([outer, inner]);
  });

  test('are looked for in a bounded number of elements', () => {
    for (let i = 0; i < 50; i += 1) document.body.append(document.createElement('span'));
    document.body.append(shadowHost('open', document.createElement('input')));
    expect(openShadowRoots(document, 10)).toHaveLength(0);
    expect(openShadowRoots(document)).toHaveLength(1);
  });
});

describe('queries over the document and its shadow roots', () => {
  test('see a field inside a shadow root only when the evidence names that root', () => {
    document.body.append(shadowHost('open', Object.assign(document.createElement('input'), { name: 'loginfmt' })));
    const plain = { document, resources: [] };
    const withRoots = { ...plain, shadowRoots: openShadowRoots(document) };
    expect(anyMatches(plain, 'input[name="loginfmt"]')).toBe(false);
    expect(anyMatches(withRoots, 'input[name="loginfmt"]')).toBe(true);
    expect(matching(withRoots, 'input')).toHaveLength(1);
    expect(matching(withRoots, 'form')).toHaveLength(0);
  });
});

// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { anyMatches, focusedShadowRoots, matching } from '@/utils/lookalike/scope';

beforeEach(() => {
  document.body.replaceChildren();
});

/** A host element with a shadow root of the given mode holding `inside`. */
function shadowHost(mode: ShadowRootMode, ...inside: Element[]): HTMLElement {
  const host = document.createElement('div');
  host.attachShadow({ mode }).append(...inside);
  return host;
}

const field = (name: string) => Object.assign(document.createElement('input'), { name });

describe('the shadow roots the guard looks into', () => {
  test('are those that hold the focused field, outermost first', () => {
    const deep = field('loginfmt');
    const inner = shadowHost('open', deep);
    const outer = shadowHost('open', inner);
    document.body.append(outer, shadowHost('open', field('other')));
    expect(focusedShadowRoots(document)).toEqual([]);
    deep.focus();
    expect(focusedShadowRoots(document).map((root) => root.host)).toEqual([outer, inner]);
  });

  test('are none when the focus is in the document itself, or inside a closed root (the page cannot see in either)', () => {
    const plain = field('loginfmt');
    const hidden = field('passwd');
    document.body.append(plain, shadowHost('closed', hidden));
    plain.focus();
    expect(focusedShadowRoots(document)).toEqual([]);
    hidden.focus();
    expect(focusedShadowRoots(document)).toEqual([]);
  });
});

describe('queries over the document and its shadow roots', () => {
  test('see a field inside a shadow root only when the evidence names that root', () => {
    const host = shadowHost('open', field('loginfmt'));
    document.body.append(host);
    const plain = { document, resources: [] };
    const withRoots = { ...plain, shadowRoots: [host.shadowRoot!] };
    expect(anyMatches(plain, 'input[name="loginfmt"]')).toBe(false);
    expect(anyMatches(withRoots, 'input[name="loginfmt"]')).toBe(true);
    expect(matching(withRoots, 'input')).toHaveLength(1);
    expect(matching(withRoots, 'form')).toHaveLength(0);
  });
});

// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { anyMatches, matching, reachableShadowRoots } from '@/utils/lookalike/scope';

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
  test('are those under custom elements, nested ones too, open ones by default and closed ones where the world can reach them', () => {
    const custom = (mode: ShadowRootMode, ...inside: Element[]) => {
      const host = document.createElement('login-box');
      const root = host.attachShadow({ mode });
      root.append(...inside);
      return { host, root };
    };
    const inner = custom('open', field('loginfmt'));
    const outer = custom('open', inner.host);
    const closed = custom('closed', field('passwd'));
    document.body.append(outer.host, closed.host, shadowHost('open', field('plain-div-host')));
    expect(reachableShadowRoots(document)).toEqual([outer.root, inner.root]);
    const reach = (element: Element) => (element === closed.host ? closed.root : element.shadowRoot);
    expect(reachableShadowRoots(document, reach)).toEqual([outer.root, inner.root, closed.root]);
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

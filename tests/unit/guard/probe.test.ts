// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { credentialFieldProbe, type ProbeFinding } from '@/background/guard/probe';
import { credentialFieldSelector, numberShownSelector, probeHints } from '@/utils/lookalike';

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

const probe = () => credentialFieldProbe(credentialFieldSelector, numberShownSelector, probeHints);
/** An input of `type`, with an id or name when given. */
function input(type: string, { id = '', name = '' } = {}): HTMLInputElement {
  return Object.assign(document.createElement('input'), { type, id, name });
}

/** The probe's promise with a flag that says whether it has settled yet. */
function watched(found: Promise<ProbeFinding>) {
  const state = { settled: false, found };
  void found.then(() => {
    state.settled = true;
  });
  return state;
}

/** Let every queued promise callback run (the probe settles synchronously inside the event it listens to). */
const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('the tripwire in the page’s own world', () => {
  test('settles at once on a page that shows a credential field: ordinary with nothing of Microsoft’s about it', async () => {
    document.body.append(input('password'));
    await expect(probe()).resolves.toBe('ordinary');
  });

  test('calls a page with a field suspect on any one hint: a Microsoft field id, a field name, an inline $Config', async () => {
    document.body.append(input('email', { id: 'i0116' }));
    await expect(probe()).resolves.toBe('suspect');
    document.body.replaceChildren(input('email', { name: 'loginfmt' }));
    await expect(probe()).resolves.toBe('suspect');
    const config = Object.assign(document.createElement('script'), { text: '$Config={"pgid":"x"};', type: 'text/plain' });
    document.body.replaceChildren(input('password'), config);
    await expect(probe()).resolves.toBe('suspect');
  });

  test('calls Microsoft’s number-match display suspect at once, a step with no field at all', async () => {
    document.body.append(Object.assign(document.createElement('div'), { id: 'idRichContext_DisplaySign' }));
    await expect(probe()).resolves.toBe('suspect');
  });

  test('catches a field the page adds later when it gets focus, before anything can be typed', async () => {
    const probing = watched(probe());
    const field = input('email');
    document.body.append(field);
    await flush();
    expect(probing.settled).toBe(false); // adding it is not enough: nothing watches the page's changes
    field.focus();
    await expect(probing.found).resolves.toBe('ordinary');
  });

  // happy-dom does not retarget events out of shadow roots as browsers do; guard.e2e.ts proves it on the shadow-root page.
  test('catches a field inside an open shadow root when it gets focus, and looks for hints in that root', async () => {
    const host = document.createElement('sign-in-box');
    const field = input('password', { id: 'i0118' });
    host.attachShadow({ mode: 'open' }).append(field);
    document.body.append(host);
    const probing = watched(probe());
    await flush();
    expect(probing.settled).toBe(false);
    field.focus();
    await expect(probing.found).resolves.toBe('suspect');
  });

  test('stays pending when something that is not a credential field gets focus', async () => {
    const search = Object.assign(document.createElement('button'), { textContent: 'Search' });
    document.body.append(search);
    const probing = watched(probe());
    search.focus();
    await flush();
    expect(document.activeElement).toBe(search); // the focus did happen: the probe saw it and let it pass
    expect(probing.settled).toBe(false);
  });

  test('is self-contained: the browser sends its source text, so it may use nothing outside itself', () => {
    const source = credentialFieldProbe.toString();
    expect(source).not.toMatch(/\bimport\b|require\(|__vite|_interop/);
  });
});

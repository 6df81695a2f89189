// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { guardCorpus } from '../../fixtures/guard/corpus';
import { parseCorpusPage, resourcesOf } from '../../fixtures/guard/corpus-page';
import { credentialFieldProbe, type ProbeResult, validProbeResult } from '@/background/guard/probe';
import { credentialFieldRules, credentialFieldSelector, numberShownSelector, probeHints } from '@/utils/lookalike';

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

const probe = (mode: 'load' | 'again' = 'load', lastSize = -1) =>
  credentialFieldProbe(credentialFieldRules, numberShownSelector, probeHints, mode, lastSize).then((result) => result.finding);
/** An input of `type`, with an id or name when given. */
function input(type: string, { id = '', name = '' } = {}): HTMLInputElement {
  return Object.assign(document.createElement('input'), { type, id, name });
}

/** The probe's promise with a flag that says whether it has settled yet. */
function watched(found: Promise<ProbeResult['finding']>) {
  const state = { settled: false, found };
  void found.then(() => {
    state.settled = true;
  });
  return state;
}

/** Let every queued promise callback run (the probe settles synchronously inside the event it listens to). */
const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('the tripwire in the page’s own world', () => {
  test('on a page whose field has nothing of Microsoft’s about it, answers ordinary once the field gets focus, not before', async () => {
    const field = input('password');
    document.body.append(field);
    const probing = watched(probe());
    await flush();
    expect(probing.settled).toBe(false); // looked at, not typed into: one pass, no second one armed
    field.focus();
    await expect(probing.found).resolves.toBe('ordinary');
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

  test('takes a field for a credential field exactly when the detector’s selector does (the same rules, matched in script)', async () => {
    const attributes: Array<Record<string, string>> = [
      { type: 'password' },
      { type: 'email' },
      { type: 'text' },
      { type: 'search' },
      { name: 'loginfmt' },
      { name: 'LOGINFMT' },
      { id: 'usernameEntry' },
      { autocomplete: 'section-a username' },
      { autocomplete: 'usernames' },
      { autocomplete: 'one-time-code' },
      { placeholder: 'Your E-MAIL' },
      { 'aria-label': 'Mailbox' },
      { name: 'customer[Email]' },
      { name: 'j_username' },
      { name: 'LoginId' },
      { name: 'passcode' },
      { name: 'q' },
      { placeholder: 'Search' },
    ];
    for (const attributeSet of attributes) {
      const field = document.createElement('input');
      for (const [name, value] of Object.entries(attributeSet)) field.setAttribute(name, value);
      document.body.replaceChildren(field);
      const probing = watched(probe());
      field.focus();
      await flush();
      const settled = probing.settled;
      expect(settled, JSON.stringify(attributeSet)).toBe(field.matches(credentialFieldSelector));
    }
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
    expect(probing.settled).toBe(false); // adding it is not enough at first: nothing watches a page without a field
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

  test("calls a field suspect when Microsoft's product name is around it (once it gets focus), or in the title (at load)", async () => {
    const box = document.createElement('div');
    const field = input('text', { name: 'username' });
    box.append(Object.assign(document.createElement('h1'), { textContent: 'Melden Sie sich mit Ihrem Outlook-Konto an' }), field);
    document.body.append(box);
    const probing = watched(probe());
    await flush();
    expect(probing.settled).toBe(false); // the page as a whole says nothing of Microsoft's: its field is read at focus
    field.focus();
    await expect(probing.found).resolves.toBe('suspect');
    document.body.replaceChildren(input('password'));
    document.title = 'OneDrive – shared file';
    await expect(probe()).resolves.toBe('suspect');
    document.title = '';
  });

  test('later passes answer only for a new field once the page has changed, never for the decoy focused again', async () => {
    const decoy = input('email');
    document.body.append(decoy);
    const first = credentialFieldProbe(credentialFieldRules, numberShownSelector, probeHints, 'load', -1);
    decoy.focus(); // the first pass answers for the decoy when it gets focus: ordinary
    const { size, finding } = await first;
    expect(finding).toBe('ordinary');
    decoy.blur();
    const probing = watched(probe('again', size));
    decoy.focus();
    await flush();
    expect(probing.settled).toBe(false);
    decoy.blur();
    const swapped = input('password', { id: 'i0118' });
    document.body.append(swapped);
    swapped.focus();
    await expect(probing.found).resolves.toBe('suspect');
  });

  test('a text box masked like a password counts as a credential field when it gets focus', async () => {
    const probing = watched(probe());
    const masked = input('text', { name: 'q' });
    masked.style.setProperty('-webkit-text-security', 'disc');
    document.body.append(masked);
    masked.focus();
    await flush();
    // happy-dom may not compute the vendor property; Chromium does (guard-ways-past.e2e.ts proves it in the browser)
    if (getComputedStyle(masked).getPropertyValue('-webkit-text-security') === 'disc') expect(probing.settled).toBe(true);
  });

  test('a page whose DOM functions throw gets a calm "suspect", for the extension-world detector to decide', async () => {
    document.body.append(input('password'));
    Object.defineProperty(document, 'getElementById', {
      configurable: true,
      value: () => {
        throw new Error('hostile');
      },
    });
    try {
      await expect(probe()).resolves.toBe('suspect');
    } finally {
      Reflect.deleteProperty(document, 'getElementById');
    }
  });

  test('its answer is checked for shape before the service worker believes it', () => {
    expect(validProbeResult({ finding: 'suspect', config: false, size: 12 })).toEqual({ finding: 'suspect', config: false, size: 12 });
    for (const bad of [
      null,
      'suspect',
      { finding: 'look-alike', config: false, size: 1 },
      { finding: 'ordinary', config: 'yes', size: 1 },
      { finding: 'ordinary', config: false, size: -1 },
      { finding: 'ordinary', config: false, size: 1.5 },
    ]) {
      expect(validProbeResult(bad)).toBeUndefined();
    }
  });

  test('is self-contained: the browser sends its source text, so it may use nothing outside itself', () => {
    const source = credentialFieldProbe.toString();
    expect(source).not.toMatch(/\bimport\b|require\(|__vite|_interop/);
  });
});

describe('the tripwire lets through every look-alike of the corpus the detector can catch', () => {
  for (const page of guardCorpus.filter((entry) => entry.lookalike && !entry.lateMarkup)) {
    test(`${page.file} is suspect ${page.seenOnFocus ? 'once a field gets focus' : 'at load'}`, async () => {
      const parsed = parseCorpusPage(page);
      // The files the page loads, as the browser's resource timing would list them (happy-dom loads none).
      const loaded = resourcesOf(parsed, page.host).map((name) => ({ name }));
      document.title = parsed.title;
      document.head.replaceChildren(...parsed.head.childNodes);
      document.body.replaceChildren(...parsed.body.childNodes);
      const resourceTiming = vi.spyOn(performance, 'getEntriesByType').mockReturnValue(loaded as unknown as PerformanceEntryList);
      const scripts = [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '');
      if (scripts.some((text) => /\$Config\s*=/.test(text))) Object.assign(window, { $Config: { urlPost: '/', sFT: 'x' } }); // as the page's script would
      const probing = watched(
        credentialFieldProbe(credentialFieldRules, numberShownSelector, probeHints, 'load', -1).then((result) => result.finding),
      );
      await flush();
      expect(probing.settled, 'settled before any field got focus').toBe(!page.seenOnFocus);
      if (page.seenOnFocus) {
        const shadowed = [...document.querySelectorAll('*')].find((element) => element.shadowRoot)?.shadowRoot;
        (document.querySelector<HTMLInputElement>(credentialFieldSelector) ?? shadowed?.querySelector('input'))?.focus();
      }
      const found = await probing.found;
      resourceTiming.mockRestore();
      Reflect.deleteProperty(window, '$Config');
      expect(found).toBe('suspect');
    });
  }
});

describe("the tripwire spares the detector on ordinary login pages with nothing of Microsoft's", () => {
  const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
  const plain = ['shop-login', 'shop-signup', 'checkout-guest', 'password-change', 'bank-login', 'code-host-login', 'airline-login'];
  for (const name of plain) {
    test(`guard/benign/${name} is ordinary at load`, async () => {
      const parsed = new DOMParser().parseFromString(readFileSync(join(fixtures, 'guard', 'benign', `${name}.html`), 'utf8'), 'text/html');
      document.title = parsed.title;
      document.head.replaceChildren(...parsed.head.childNodes);
      document.body.replaceChildren(...parsed.body.childNodes);
      const probing = credentialFieldProbe(credentialFieldRules, numberShownSelector, probeHints, 'load', -1);
      document.querySelector<HTMLInputElement>('input[type="password"], input[type="email"]')?.focus();
      expect((await probing).finding).toBe('ordinary');
    });
  }
});

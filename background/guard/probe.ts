import type { CredentialFieldRules, ProbeHints } from '@/utils/lookalike';

/** When the tripwire answers: at once if the page shows a field (`load`), or only at a new field (`again`). */
export type ProbeMode = 'load' | 'again';

/**
 * What the tripwire found: `ordinary` (a credential field, nothing of Microsoft's about the page) or `suspect`; whether
 * the page's own `$Config`/`ServerData` global holds Microsoft's configuration; and a cheap count of the page's
 * elements, so a later pass answers only once the page has changed.
 */
export interface ProbeResult {
  readonly finding: 'ordinary' | 'suspect';
  readonly config: boolean;
  readonly size: number;
}

/**
 * The guard's tripwire, run by the service worker in the page's own world (`world: 'MAIN'`, as a function: the page
 * sees no extension address in its stacks and no global is left behind), so no extension world is created on an
 * ordinary page. In `load` mode it answers at once when the page shows one of the `alsoSelector` elements, carries
 * Microsoft's configuration, or shows a credential field while the page as a whole gives a hint of Microsoft's (ids,
 * names, title, configuration, CDN files: read without taking hold of any element) or fields placed by pixel over a
 * picture, and otherwise when a credential field gets focus, then reading the field's surroundings too. In `again`
 * mode (a later pass, after an ordinary answer) it answers when a field gets focus once the page has changed size
 * since `lastSize`: a form swapped in is judged when the person (or the page) focuses it, before anything can be
 * typed, and a decoy box focused again costs nothing. A focused text box masked like a password
 * (`-webkit-text-security`) counts, and so does a custom element whose closed shadow root hides where focus went. Then
 * it answers `suspect` if the page has any of the `hints`, else `ordinary`. Measured in Chromium 156 on a page without
 * a field: the `focusin` listener 0.09 ms; a subtree observer 0.56 ms (so there is none); a selector list of 58
 * attribute selectors 3.9 ms on first use, and even the 14 of `credentialFieldSelector` 0.7 ms (so the field rules and
 * words are matched in script, on the page's first inputs); on a login page, taking hold of the first input 0.9 ms and
 * 73 KB (docs/performance.md). Self-contained: the browser sends its source text, not its imports. It never throws: on
 * a page that broke the DOM functions it uses it answers `suspect`, and the extension-world detector, which the page's
 * overrides cannot reach, decides.
 */
export function credentialFieldProbe(
  rules: CredentialFieldRules,
  alsoSelector: string,
  hints: ProbeHints,
  mode: ProbeMode,
  lastSize: number,
): Promise<ProbeResult> {
  // Compiled only when a page needs them: a page without a field never pays for either.
  let fieldWordsPattern: RegExp | undefined;
  let namesSelector: string | undefined;
  /** Whether an input is a credential field by the rules, read from its attributes (no selector to parse). */
  const isCredentialField = (input: Element): boolean => {
    if (input.tagName !== 'INPUT') return false;
    const type = (input.getAttribute('type') ?? '').toLowerCase();
    if (rules.types.includes(type) || rules.names.includes(input.getAttribute('name') ?? '') || rules.ids.includes(input.id)) return true;
    const tokens = (input.getAttribute('autocomplete') ?? '').split(/\s+/);
    if (rules.autocomplete.some((token) => tokens.includes(token))) return true;
    return rules.contains.some(([attribute, word]) => (input.getAttribute(attribute) ?? '').toLowerCase().includes(word));
  };
  /** The first credential field among the page's first 500 inputs. */
  const firstCredentialField = (inputs: HTMLCollectionOf<HTMLInputElement>): Element | null => {
    for (let index = 0; index < inputs.length && index < 500; index += 1) if (isCredentialField(inputs[index]!)) return inputs[index]!;
    return null;
  };
  const brand = {
    test: (text: string) => {
      const lower = text.toLowerCase();
      return hints.brandWords.some((word) => lower.includes(word));
    },
  };
  const fieldWords = {
    test: (text: string) => {
      fieldWordsPattern ??= new RegExp(hints.fieldWords[0], hints.fieldWords[1]);
      return fieldWordsPattern.test(text);
    },
  };
  /** A text box whose placeholder or label asks for an account or password in words, among the page's first 50 inputs. */
  const worded = (inputs: HTMLCollectionOf<HTMLInputElement>): Element | null => {
    for (let index = 0; index < inputs.length && index < 50; index += 1) {
      const input = inputs[index]!;
      if (fieldWords.test(`${input.getAttribute('placeholder') ?? ''} ${input.getAttribute('aria-label') ?? ''}`)) return input;
    }
    return null;
  };
  // A cheap fingerprint of the page's form (its inputs, forms and title): it changes when a form is swapped in.
  const size = () =>
    document.getElementsByTagName('input').length * 100_000 + document.forms.length * 1000 + (document.title.length % 1000);
  const configGlobal = (): boolean => {
    for (const name of ['$Config', 'ServerData']) {
      // The descriptor's value, not a property read: a getter the page planted is never called.
      const value = Object.getOwnPropertyDescriptor(window, name)?.value as unknown;
      if (!value || typeof value !== 'object') continue;
      if (hints.configFields.filter((field) => Object.hasOwn(value, field)).length >= 2) return true;
    }
    return false;
  };
  /** The field's surroundings: its ancestor five levels up (a sign-in box and its heading, logo and links), or the body. */
  const around = (field: Element): Element => {
    let area = field;
    for (let level = 0; level < 5 && area.parentElement && area.parentElement !== document.documentElement; level += 1)
      area = area.parentElement;
    return area;
  };
  const branded = (area: Element): boolean => {
    let words = (area.textContent ?? '').slice(0, 20_000);
    for (const element of area.querySelectorAll('img, [alt], [placeholder], [aria-label]')) {
      words += ` ${element.getAttribute('alt') ?? ''} ${element.getAttribute('placeholder') ?? ''} ${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('src') ?? ''}`;
    }
    return brand.test(words) || words.toLowerCase().includes('bannerlogo');
  };
  /**
   * Microsoft's field ids or names in a root, without taking hold of an element unless one is there: in the document
   * by name lists (`getElementsByName`), in a shadow root (which has none) by one selector list, parsed once.
   */
  const fieldsNamed = (root: Document | ShadowRoot): boolean => {
    if (hints.ids.some((id) => root.getElementById(id) !== null)) return true;
    if (root === document) return hints.names.some((name) => document.getElementsByName(name).length > 0);
    namesSelector ??= hints.names.map((name) => `[name="${name}"]`).join(', ');
    return namesSelector !== '' && root.querySelector(namesSelector) !== null;
  };
  /**
   * The hints the page as a whole gives, found without taking hold of any of its elements unless one is there: on a
   * page that runs no script of its own, the first element script touches costs most of the tripwire's time and
   * memory (Chromium builds its element interfaces then: +0.9 ms and 73 KB on the bench's login page).
   */
  const pageHinted = (): boolean => {
    if (fieldsNamed(document) || brand.test(document.title) || configGlobal()) return true;
    if (document.querySelectorAll('script:not([src])').length > 0) {
      for (const script of document.scripts) {
        if (!script.src && hints.configMarkers.some((marker) => script.text.includes(marker))) return true;
      }
    }
    return performance.getEntriesByType('resource').some((entry) => hints.cdnOrigins.some((origin) => entry.name.startsWith(origin)));
  };
  /** Hints around a field: Microsoft's brand near it, or the field placed by pixel over a picture (an image-built kit). */
  const fieldHinted = (field: Element): boolean =>
    branded(around(field)) || /position\s*:\s*absolute/i.test(field.getAttribute('style') ?? '');
  const hinted = (root: Document | ShadowRoot, field: Element | null): boolean =>
    (root === document ? pageHinted() : fieldsNamed(root)) || (field !== null && fieldHinted(field));
  const answer = (field: Element | null, forced = false): ProbeResult => {
    try {
      const config = configGlobal();
      let suspect = forced || config || hinted(document, field);
      // A shadow root is the document fragment with a host (no `instanceof ShadowRoot`: reaching the interface object
      // costs a first use on every page).
      const shadowOf = (node: Node | undefined) => (node && node.nodeType === 11 && 'host' in node ? (node as ShadowRoot) : undefined); // 11: a document fragment
      for (let root = shadowOf(field?.getRootNode()); !suspect && root; root = shadowOf(root.host.getRootNode())) {
        suspect = hinted(root, field);
      }
      return { finding: suspect ? 'suspect' : 'ordinary', config, size: size() };
    } catch {
      return { finding: 'suspect', config: false, size: 0 };
    }
  };
  /** Whether focus went somewhere a credential is typed: a field, a masked text box, or a closed shadow root. */
  const credentialFocus = (target: EventTarget | undefined): Element | null => {
    if (!(target instanceof Element)) return null;
    if (isCredentialField(target)) return target;
    if (target instanceof HTMLInputElement && fieldWords.test(`${target.placeholder} ${target.getAttribute('aria-label') ?? ''}`))
      return target;
    if (target instanceof HTMLInputElement) {
      const security = getComputedStyle(target).getPropertyValue('-webkit-text-security');
      if (security !== '' && security !== 'none') return target;
    }
    if (target.tagName.includes('-') && target.shadowRoot === null) return target; // closed root: the detector can look in
    return null;
  };
  return new Promise((resolve) => {
    try {
      const first = mode === 'load' ? document.querySelector(alsoSelector) : null;
      if (first) return resolve(answer(first, true));
      const inputs = document.getElementsByTagName('input'); // live, and free to ask for its length
      // A page with a field and a hint of Microsoft's in the page as a whole is judged at once; so is one with fields
      // placed by pixel (counted without taking hold of one: an image-built kit's mark) whose first field has a hint of
      // its own. Any other page when a credential field gets focus (then the field's surroundings are read too), before
      // anything can be typed, so an ordinary login page that is only looked at touches none of its elements.
      if (mode === 'load' && inputs.length > 0) {
        const hintedPage = pageHinted();
        if (hintedPage || document.querySelectorAll('input[style*="absolute" i]').length > 0) {
          const field = firstCredentialField(inputs) ?? worded(inputs);
          if (field && (hintedPage || fieldHinted(field))) return resolve(answer(field, true));
        }
      }
      // A relayed server page carries Microsoft's configuration before its scripts draw any field.
      if (mode === 'load' && configGlobal()) return resolve(answer(null, true));
      const done = (result: ProbeResult) => {
        document.removeEventListener('focusin', onFocus, true);
        resolve(result);
      };
      const onFocus = (event: Event) => {
        const focused = credentialFocus(event.composedPath()[0]);
        if (!focused || (mode === 'again' && size() === lastSize)) return;
        done(answer(focused, focused.tagName.includes('-') && focused.shadowRoot === null));
      };
      document.addEventListener('focusin', onFocus, true);
    } catch {
      resolve({ finding: 'suspect', config: false, size: 0 });
    }
  });
}

/** The tripwire's answer if it has the shape it must have (the page's world can send back anything), else undefined. */
export function validProbeResult(value: unknown): ProbeResult | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { finding, config, size } = value as Record<string, unknown>;
  if ((finding !== 'ordinary' && finding !== 'suspect') || typeof config !== 'boolean') return undefined;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return undefined;
  return { finding, config, size };
}

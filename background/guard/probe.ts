import type { ProbeHints } from '@/utils/lookalike';

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
 * ordinary page. In `load` mode it answers at once when the page shows a credential field or one of the
 * `alsoSelector` elements, and otherwise when a field gets focus. In `again` mode (a later pass, after an ordinary
 * answer) it answers when a field gets focus or a new one is added, and only once the page has changed size since
 * `lastSize`, so a decoy box focused again costs nothing. A focused text box masked like a password
 * (`-webkit-text-security`) counts, and so does a custom element whose closed shadow root hides where focus went.
 * Then it answers `suspect` if the page has any of the `hints`, else `ordinary`. Measured in Chromium 156 on a page
 * without a field: the `focusin` listener 0.09 ms; a subtree observer 0.56 ms, so only `again` (a page already known
 * to have a field) observes. Self-contained: the browser sends its source text, not its imports. It never throws:
 * on a page that broke the DOM functions it uses it answers `suspect`, and the extension-world detector, which the
 * page's overrides cannot reach, decides.
 */
export function credentialFieldProbe(
  selector: string,
  alsoSelector: string,
  hints: ProbeHints,
  mode: ProbeMode,
  lastSize: number,
): Promise<ProbeResult> {
  const brand = new RegExp(hints.brand[0], hints.brand[1]);
  const size = () => document.getElementsByTagName('*').length;
  const configGlobal = (): boolean => {
    for (const name of ['$Config', 'ServerData']) {
      // The descriptor's value, not a property read: a getter the page planted is never called.
      const value = Object.getOwnPropertyDescriptor(window, name)?.value as unknown;
      if (!value || typeof value !== 'object') continue;
      if (hints.configFields.filter((field) => Object.hasOwn(value, field)).length >= 2) return true;
    }
    return false;
  };
  /** Microsoft's configuration as inline text: its marker and two of its field names, in the first 200 KB of inline script. */
  const inlineConfig = (): boolean => {
    let scanned = 0;
    for (const script of document.scripts) {
      if (script.src || scanned > 200_000) continue;
      const text = script.text.slice(0, 200_000 - scanned);
      scanned += text.length;
      if (!hints.configMarkers.some((marker) => text.includes(marker))) continue;
      if (hints.configFields.filter((name) => text.includes(`"${name}"`)).length >= 2) return true;
    }
    return false;
  };
  /** The field's surroundings: its largest ancestor with at most 400 elements. */
  const around = (field: Element): Element => {
    let area = field;
    for (let parent = area.parentElement; parent && parent.getElementsByTagName('*').length <= 400; parent = parent.parentElement)
      area = parent;
    return area;
  };
  const branded = (area: Element): boolean => {
    if (brand.test((area.textContent ?? '').slice(0, 20_000))) return true;
    for (const element of area.querySelectorAll('img, [alt], [placeholder], [aria-label]')) {
      const words = ['alt', 'placeholder', 'aria-label', 'src'].map((name) => element.getAttribute(name) ?? '').join(' ');
      if (brand.test(words) || /microsoft|bannerlogo/i.test(words)) return true;
    }
    return false;
  };
  const hinted = (root: Document | ShadowRoot, field: Element | null): boolean => {
    if (hints.ids.some((id) => root.getElementById(id) !== null)) return true;
    if (hints.names.some((name) => root.querySelector(`[name="${name}"]`) !== null)) return true;
    if (field && branded(around(field))) return true;
    if (field && /position\s*:\s*absolute/i.test(field.getAttribute('style') ?? '')) return true; // placed by pixel over a picture
    if (root !== document) return false;
    if (brand.test(document.title)) return true;
    for (const script of document.scripts) {
      if (!script.src && hints.configMarkers.some((marker) => script.text.includes(marker))) return true;
    }
    return performance.getEntriesByType('resource').some((entry) => hints.cdnOrigins.some((origin) => entry.name.startsWith(origin)));
  };
  const answer = (field: Element | null, forced = false): ProbeResult => {
    try {
      const config = configGlobal();
      let suspect = forced || config || hinted(document, field);
      for (let root = field?.getRootNode(); !suspect && root instanceof ShadowRoot; root = root.host.getRootNode()) {
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
    if (target.matches(selector)) return target;
    if (target instanceof HTMLInputElement && getComputedStyle(target).getPropertyValue('-webkit-text-security') !== 'none') return target;
    if (target.tagName.includes('-') && target.shadowRoot === null) return target; // closed root: the detector can look in
    return null;
  };
  return new Promise((resolve) => {
    try {
      const first = mode === 'load' ? document.querySelector(alsoSelector) : null;
      if (first) return resolve(answer(first, true));
      const inputs = document.getElementsByTagName('input'); // live, and free to ask for its length
      const field = mode === 'load' && inputs.length > 0 ? document.querySelector(selector) : null;
      if (field) return resolve(answer(field));
      // A relayed server page carries Microsoft's configuration before its scripts draw any field.
      if (mode === 'load' && (configGlobal() || inlineConfig())) return resolve(answer(null, true));
      const known = new WeakSet<Element>(mode === 'again' ? [...document.querySelectorAll(selector)] : []);
      let observer: MutationObserver | undefined;
      let pending = false;
      const done = (result: ProbeResult) => {
        document.removeEventListener('focusin', onFocus, true);
        observer?.disconnect();
        resolve(result);
      };
      const onFocus = (event: Event) => {
        const focused = credentialFocus(event.composedPath()[0]);
        if (!focused || (mode === 'again' && size() === lastSize)) return;
        done(answer(focused, focused.tagName.includes('-') && focused.shadowRoot === null));
      };
      document.addEventListener('focusin', onFocus, true);
      if (mode === 'again') {
        // A form swapped in later: looked at a quarter second after the page's changes settle, never more often.
        observer = new MutationObserver(() => {
          if (pending) return;
          pending = true;
          setTimeout(() => {
            pending = false;
            const added = [...document.querySelectorAll(selector)].find((element) => !known.has(element));
            if (added && size() !== lastSize) done(answer(added));
          }, 250);
        });
        observer.observe(document, { childList: true, subtree: true });
      }
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

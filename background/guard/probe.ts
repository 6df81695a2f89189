/**
 * The guard's tripwire, run by the service worker in the page's own world (`world: 'MAIN'`), so no extension script
 * world is created on an ordinary page: it resolves `true` as soon as the page shows a credential field (at once,
 * after the page adds one, or when one gets focus, also inside an open shadow root, which the document's queries
 * and the observer do not see into), and `false` when the page goes away or after `patienceMs`.
 * It must stay self-contained: the browser sends its source text, not its imports. A page that rewrites the DOM
 * functions it uses can hide from it; such a page is built to defeat this guard, and the guard is one layer.
 */
export function credentialFieldProbe(selector: string, patienceMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const shows = () => document.querySelector(selector) !== null;
    if (shows()) {
      resolve(true);
      return;
    }
    let scheduled = false;
    let settled = false;
    const observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true; // at most one look every 250 ms, however busy the page is
      setTimeout(() => {
        scheduled = false;
        if (shows()) finish(true);
      }, 250);
    });
    const onFocus = (event: Event) => {
      const focused = event.composedPath()[0]; // the field itself, even inside an open shadow root
      if (focused instanceof Element && focused.matches(selector)) finish(true);
    };
    const onHide = () => finish(false);
    const timer = setTimeout(() => finish(false), patienceMs);
    function finish(found: boolean): void {
      if (settled) return;
      settled = true;
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener('focusin', onFocus, true);
      removeEventListener('pagehide', onHide, true);
      resolve(found);
    }
    observer.observe(document.documentElement, { childList: true, subtree: true });
    document.addEventListener('focusin', onFocus, true);
    addEventListener('pagehide', onHide, true);
  });
}

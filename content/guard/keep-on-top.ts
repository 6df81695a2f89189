/** How often per second the warning takes its place back at most, so a page fighting it cannot make a busy loop. */
const maxReassertsPerSecond = 10;

/**
 * The inline style that puts the host back in view whatever the page's style sheets say: an inline `!important`
 * declaration beats any rule of the page's, and `all: revert` drops whatever else they set on the element.
 */
const hostStyle =
  'all: revert !important; display: block !important; position: fixed !important; inset: 0 0 auto 0 !important; ' +
  'margin: 0 !important; padding: 0 !important; border: 0 !important; width: 100% !important; height: auto !important; ' +
  'max-width: none !important; max-height: 100vh !important; overflow: visible !important; background: transparent !important; ' +
  'opacity: 1 !important; visibility: visible !important; transform: none !important; filter: none !important; ' +
  'clip-path: none !important; z-index: 2147483647 !important; pointer-events: auto !important;';

/**
 * Keep `host` in view at the top of the page: a child of the root element, in the browser's top layer (a manual
 * popover, above anything the page stacks with `z-index`), with our inline style only. It takes its place back when
 * the page removes or moves it (into a hidden parent, say), changes its attributes, or covers it (an intersection
 * observer that tracks visibility reports `box` hidden), at most ten times a second. Returns the function that stops it.
 */
export function keepOnTop(document: Document, host: HTMLElement, box: Element): () => void {
  const view = document.defaultView;
  let stopped = false;
  let windowStart = 0;
  let inWindow = 0;
  const reassert = () => {
    if (stopped || !view) return;
    const now = view.performance.now();
    if (now - windowStart > 1000) {
      windowStart = now;
      inWindow = 0;
    }
    if (++inWindow > maxReassertsPerSecond) return;
    const root = document.documentElement;
    if (!root) return;
    for (const name of host.getAttributeNames())
      if (name !== 'data-warning' && name !== 'popover' && name !== 'style') host.removeAttribute(name);
    if (host.getAttribute('style') !== hostStyle) host.setAttribute('style', hostStyle);
    if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    if (host.parentNode !== root || root.lastElementChild !== host) root.append(host);
    try {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover(); // last shown is topmost: above a dialog or popover the page opened since
    } catch {
      // a browser without popovers: the inline style's z-index still stands
    }
  };
  reassert();
  const changes = new MutationObserver((records) => {
    const touched = records.some((record) => record.target === host || (record.type === 'childList' && !host.isConnected));
    if (touched || host.parentNode !== document.documentElement) reassert();
  });
  changes.observe(document, { childList: true, subtree: true });
  changes.observe(host, { attributes: true });
  let sight: IntersectionObserver | undefined;
  try {
    sight = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1) as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
        if (entry && entry.isVisible === false) reassert();
      },
      { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    sight.observe(box);
  } catch {
    sight = undefined;
  }
  return () => {
    stopped = true;
    changes.disconnect();
    sight?.disconnect();
  };
}

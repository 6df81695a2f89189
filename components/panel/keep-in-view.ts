/** How the panel is kept where the person can see it. */
export interface KeepInView {
  /** Look now (after the page changed): put the panel back in view if it was moved, hidden or covered. */
  check(): void;
  /** Stop watching. */
  stop(): void;
}

/**
 * The chip's centre is ours: no page element is drawn over it (hit-testing, as the person's pointer would). A chip
 * with no box at all is judged by {@link drawn} instead.
 */
function onTop(document: Document, host: HTMLElement, chip: HTMLElement): boolean {
  const box = chip.getBoundingClientRect();
  const view = document.defaultView;
  if (!view || box.width === 0 || box.height === 0) return true;
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return false;
  return document.elementFromPoint(x, y) === host;
}

/** Whether the chip is drawn: no `display: none`, `visibility: hidden`, zero opacity or hidden content above it. */
const drawn = (chip: HTMLElement) =>
  typeof chip.checkVisibility !== 'function' ||
  chip.checkVisibility({
    opacityProperty: true,
    visibilityProperty: true,
    checkOpacity: true,
    checkVisibilityCSS: true,
  } as CheckVisibilityOptions);

/**
 * Keep the panel's host in view. A page can take it out (it is put back), move it into a hidden parent (it goes
 * back to the end of `<body>`), hide `<body>` or cover it with its own element (it moves after `<body>`, the last
 * thing drawn at the highest z-index), or cover it from the top layer (a popover or dialog: the panel goes to the
 * top layer itself, as a manual popover). Looked at after every page change (`check`) and whenever Chromium's
 * IntersectionObserver v2 says the chip is no longer fully visible (covered, faded, moved away), at most every
 * 100 ms, so a page that hides it in a loop costs bounded work.
 */
export function keepInView(document: Document, host: HTMLElement, chip: HTMLElement, place: () => void): KeepInView {
  const root = document.documentElement;
  let lastLift = -Infinity;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const visible = () => drawn(chip) && onTop(document, host, chip);
  const lift = () => {
    if (root && host.parentNode !== root) {
      root.append(host); // after <body>: out of a hidden body, and drawn after everything in it
      if (visible()) return;
    }
    lastLift = performance.now();
    try {
      if (host.popover !== 'manual') host.popover = 'manual';
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover(); // the top layer, above the page's own popovers and dialogs
    } catch {
      // not connected, or no popover support: the next look tries again
    }
  };
  const check = () => {
    if (!host.isConnected) return place();
    const parent = host.parentNode;
    if (parent !== document.body && parent !== root) place(); // moved into the page's own elements: back to <body>
    if (!visible()) lift();
  };
  const View = document.defaultView?.IntersectionObserver;
  let observer: IntersectionObserver | undefined;
  try {
    observer = View
      ? new View(
          (entries) => {
            const entry = entries.at(-1) as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
            if (!entry || (entry.isIntersecting && entry.isVisible !== false) || !host.isConnected) return;
            const wait = lastLift + 1000 - performance.now(); // a page fighting back: once a second at most
            if (wait > 0) {
              retry ??= setTimeout(() => {
                retry = undefined;
                check();
              }, wait);
              return;
            }
            check();
            if (entry.isVisible === false && host.isConnected && !host.matches(':popover-open')) lift(); // covered in a way hit-testing misses
          },
          { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
        )
      : undefined;
    observer?.observe(chip);
  } catch {
    observer = undefined; // no IntersectionObserver v2: page changes are still looked at
  }
  return {
    check,
    stop: () => {
      observer?.disconnect();
      if (retry !== undefined) clearTimeout(retry);
    },
  };
}

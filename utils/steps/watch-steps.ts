import type { StepReading } from './types';

/** Whether two readings say the same thing. */
export function sameReading(a: StepReading, b: StepReading): boolean {
  return a.step === b.step && a.errorCode === b.errorCode;
}

/** In a mutation storm, the shortest time between two re-reads, in ms (every third frame at 60 Hz). */
export const stormReadIntervalMs = 48;

/** How many re-reads in a row, each within two frames of the last, make a storm. */
const stormAfterReads = 4;

/**
 * Follow a page that changes step without navigating: one `MutationObserver`, coalesced to one re-read at the
 * next animation frame, so a step change shows within a frame. A page that mutates without pause (after
 * {@link stormAfterReads} back-to-back re-reads) is read at most every {@link stormReadIntervalMs}, since a
 * reading forces a layout. `onChange` runs only when the reading changes. Returns the function that stops watching.
 */
export function watchSteps(
  document: Document,
  read: () => StepReading,
  onChange: (reading: StepReading) => void,
  initial: StepReading,
): () => void {
  const view = document.defaultView;
  if (!view) return () => undefined;
  let last = initial;
  let frame = 0;
  let wait = 0;
  let readAt = -Infinity;
  let backToBack = 0;
  const reread = () => {
    frame = 0;
    const now = view.performance.now();
    backToBack = now - readAt < 34 ? backToBack + 1 : 0;
    readAt = now;
    const next = read();
    if (sameReading(next, last)) return;
    last = next;
    onChange(next);
  };
  const schedule = () => {
    wait = 0;
    frame = view.requestAnimationFrame(reread);
  };
  const observer = new view.MutationObserver(() => {
    if (frame !== 0 || wait !== 0) return;
    const early = backToBack >= stormAfterReads ? readAt + stormReadIntervalMs - view.performance.now() : 0;
    if (early > 0) wait = view.setTimeout(schedule, early);
    else schedule();
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'class', 'aria-hidden', 'type', 'disabled'],
  });
  return () => {
    observer.disconnect();
    if (frame !== 0) view.cancelAnimationFrame(frame);
    if (wait !== 0) view.clearTimeout(wait);
    frame = 0;
    wait = 0;
  };
}

import { consentKey } from './consent';
import type { StepReading } from './types';

/** Whether two readings say the same thing (on a consent page, about the same app and permissions). */
export function sameReading(a: StepReading, b: StepReading): boolean {
  return a.step === b.step && a.method === b.method && a.errorCode === b.errorCode && consentKey(a.consent) === consentKey(b.consent);
}

/** In a mutation storm, the shortest time between two calls, in ms (every third frame at 60 Hz). */
export const stormIntervalMs = 48;

/** How many calls in a row, each within two frames of the last, make a storm. */
const stormAfterCalls = 4;

/**
 * Follow a page that changes without navigating (a step swapped in, its body replaced): one `MutationObserver`,
 * coalesced to one call of `onSettled` at the next animation frame, so a change is seen within a frame. A page
 * that mutates without pause (after {@link stormAfterCalls} back-to-back calls) is looked at most every
 * {@link stormIntervalMs}, since a look forces a layout. Returns the function that stops watching.
 */
export function watchPage(document: Document, onSettled: () => void): () => void {
  const view = document.defaultView;
  if (!view) return () => undefined;
  let frame = 0;
  let wait = 0;
  let calledAt = -Infinity;
  let backToBack = 0;
  const settle = () => {
    frame = 0;
    const now = view.performance.now();
    backToBack = now - calledAt < 34 ? backToBack + 1 : 0;
    calledAt = now;
    onSettled();
  };
  const schedule = () => {
    wait = 0;
    frame = view.requestAnimationFrame(settle);
  };
  const observer = new view.MutationObserver(() => {
    if (frame !== 0 || wait !== 0) return;
    const early = backToBack >= stormAfterCalls ? calledAt + stormIntervalMs - view.performance.now() : 0;
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

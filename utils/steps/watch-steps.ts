import type { StepReading } from './types';

/** Whether two readings say the same thing. */
export function sameReading(a: StepReading, b: StepReading): boolean {
  return a.step === b.step && a.errorCode === b.errorCode;
}

/**
 * Follow a page that changes step without navigating: one `MutationObserver`, coalesced to at most one
 * re-read per animation frame; `onChange` runs only when the reading changes. Returns the function that
 * stops watching.
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
  const reread = () => {
    frame = 0;
    const next = read();
    if (sameReading(next, last)) return;
    last = next;
    onChange(next);
  };
  const observer = new view.MutationObserver(() => {
    if (frame === 0) frame = view.requestAnimationFrame(reread);
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
    frame = 0;
  };
}

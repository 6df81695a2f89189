/** What the chip says: the page's portal in a few words and, if any, a warning or an error code beside it. */
export interface ChipContent {
  /** The portal in a few words ("Worldwide · work or school"). */
  readonly identity: string;
  /** A short status beside it ("Check", "Error 50126"), or empty. */
  readonly status: string;
  /** Whether the status is a warning (drawn in the warning colour, with a "!" mark). */
  readonly warning: boolean;
  /** Words read after the visible text by screen readers ("open sign-in help"). */
  readonly action: string;
}

/** The panel's always-visible button, and how to relabel it. */
export interface Chip {
  readonly element: HTMLButtonElement;
  /** Show this content, and whether the card it controls is open. */
  show(content: ChipContent, expanded: boolean): void;
}

/**
 * The chip as plain DOM: it is all most pages ever show, and drawing it without Preact saved 0.9 ms of
 * main-thread time and 86 KB of heap on every sign-in page (npm run bench). Text is set as text, never markup.
 */
export function createChip(document: Document, controls: string, onToggle: () => void): Chip {
  const part = (tag: string, className: string) => Object.assign(document.createElement(tag), { className });
  const element = part('button', 'chip') as HTMLButtonElement;
  element.type = 'button';
  element.setAttribute('aria-controls', controls);
  const mark = part('span', 'chip-mark');
  mark.setAttribute('aria-hidden', 'true');
  const identity = part('span', 'chip-identity');
  const status = part('span', 'chip-status');
  const action = part('span', 'visually-hidden');
  element.append(mark, identity, status, action);
  element.addEventListener('click', onToggle);
  return {
    element,
    show(content, expanded) {
      element.classList.toggle('chip-warning', content.warning);
      mark.textContent = content.warning ? '!' : '?';
      identity.textContent = content.identity;
      status.textContent = content.status;
      status.hidden = content.status === '';
      action.textContent = ` ${content.action}`;
      element.setAttribute('aria-expanded', String(expanded));
    },
  };
}

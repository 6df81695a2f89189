/** The page contract's host element, for the panel and the look-alike warning alike. */
export const panelHostName = 'sign-in-assistant';

/** A page element holding our UI in a closed shadow root: the page can neither restyle it nor reach into it. */
export interface ShadowHost {
  /** The element in the page (the contract's `<sign-in-assistant>`). */
  readonly host: HTMLElement;
  /** Where the UI renders, inside the shadow root. */
  readonly container: HTMLElement;
  /** Put the host at the end of `<body>` (again), or of the root element while there is no body. */
  mount(): void;
  /** Take the host out of the page. */
  remove(): void;
  /** Add more styles inside the shadow root (for parts drawn later). */
  addStyles(css: string): void;
}

/**
 * Make the host, its closed shadow root and styles. Written here rather than WXT's `createShadowRootUi`,
 * whose anchoring and waiting helpers we do not use and which every sign-in page would load and keep in memory.
 * Keyboard events stay inside, so typing in the panel never reaches the page's shortcuts.
 */
export function createShadowHost(document: Document, name: string, css: string): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const styleElement = (text: string) => Object.assign(document.createElement('style'), { textContent: text });
  const container = document.createElement('div');
  shadow.append(styleElement(`:host { all: initial !important; }\n${css}`), container); // page styles do not inherit in
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (event) => event.stopPropagation());
  return {
    host,
    container,
    mount: () => (document.body ?? document.documentElement).append(host),
    remove: () => host.remove(),
    addStyles: (more) => shadow.insertBefore(styleElement(more), container),
  };
}

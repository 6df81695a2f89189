import type { I18n } from '@/components/i18n';
import type { CardProps } from './Card';

/**
 * What the card's script (`panel-card.js`) gives the panel. A sign-in page gets only the chip; Preact, the card's
 * components and their styles (about half the code) come the first time the card opens (see content/card-loader.ts).
 */
export interface CardModule {
  /** The card's styles, added to the panel's shadow root when it first opens. */
  readonly css: string;
  /** Draw the card into `slot` (again, when the props change), or take it away with `props` undefined. */
  draw(slot: HTMLElement, props: CardProps | undefined, i18n: I18n): void;
}

/** Where the card's script leaves its module: a global of the extension's own script world, never the page's. */
const cardModuleKey = Symbol.for('sign-in-assistant.card');
const world = globalThis as { [cardModuleKey]?: CardModule };

/** Leave the card's module where the panel looks for it (called by the card's script). */
export function registerCardModule(module: CardModule): void {
  world[cardModuleKey] = module;
}

/** The card's module if its script has run in this world. */
export function loadedCardModule(): CardModule | undefined {
  return world[cardModuleKey];
}

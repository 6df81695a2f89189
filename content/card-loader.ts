import { browser } from 'wxt/browser';
import { loadedCardModule, type CardModule } from '@/components/panel/card-module';

/** The card's script, web-accessible only on the catalog's hosts and only at a per-session address (wxt.config.ts). */
const cardScript = '/panel-card.js';

let loading: Promise<CardModule | undefined> | undefined;

/**
 * The card's module: already here when the script came with the sign-in script (the organization's own hosts),
 * otherwise imported from the extension the first time; undefined when it cannot be (the extension was updated
 * or removed under the page), and asked again next time.
 */
export function loadCard(): Promise<CardModule | undefined> {
  loading ??= (async () => {
    if (!loadedCardModule()) await import(/* @vite-ignore */ browser.runtime.getURL(cardScript));
    return loadedCardModule();
  })().catch(() => {
    loading = undefined;
    return undefined;
  });
  return loading;
}

import { browser } from 'wxt/browser';
import { isPanelSettingsChanged, type PanelWanted } from '@/utils/messages';

export type { PanelWanted } from '@/utils/messages';

/**
 * Follow whether the panel is wanted here: the service worker says when the switch, the dismissed sites or the
 * policy's `hidePanel` change (storage is closed to content scripts), and `ask` gets the new decision for this
 * site, which `onChange` hears. Only our extension can message this script. Returns the function that stops.
 */
export function followPanelSettings(ask: () => Promise<PanelWanted | undefined>, onChange: (now: PanelWanted) => void): () => void {
  let asked = 0;
  const listener = (message: unknown): undefined => {
    if (!isPanelSettingsChanged(message)) return undefined;
    const ticket = ++asked;
    void ask().then((now) => now && ticket === asked && onChange(now)); // only the latest answer counts
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

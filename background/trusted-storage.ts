import { browser } from 'wxt/browser';

type AccessLevelArea = { setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void> };

/**
 * Close `storage.local` and `storage.session` to content scripts, so no page world we run in can read or write
 * them (Chromium keeps the setting in the extension's preferences; it is set again at every start all the same).
 * Content scripts reach settings through messages to the service worker instead. Resolves `true` once both are
 * closed, `false` where the browser cannot close them: then nothing stored may be trusted as the service worker's.
 * `StorageArea.setAccessLevel`: https://developer.chrome.com/docs/extensions/reference/api/storage#method-StorageArea-setAccessLevel
 * (checked 2026-12-07).
 */
export async function restrictStorageToExtension(): Promise<boolean> {
  try {
    const areas = [browser.storage.local, browser.storage.session] as unknown as AccessLevelArea[];
    if (areas.some((area) => typeof area.setAccessLevel !== 'function')) return false;
    await Promise.all(areas.map((area) => area.setAccessLevel!({ accessLevel: 'TRUSTED_CONTEXTS' })));
    return true;
  } catch {
    return false;
  }
}

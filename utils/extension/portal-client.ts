import { browser } from 'wxt/browser';
import type { PortalRequest } from '../messages';
import type { Portal } from '../portals/types';

/** Ask the service worker which catalog portal this origin belongs to; `undefined` if none, or no answer. */
export async function askPortal(origin: string): Promise<Portal | undefined> {
  const request: PortalRequest = { type: 'portal', origin };
  try {
    const portal = (await browser.runtime.sendMessage(request)) as Portal | null;
    return portal && typeof portal.id === 'string' && Array.isArray(portal.hosts) ? portal : undefined;
  } catch {
    return undefined;
  }
}

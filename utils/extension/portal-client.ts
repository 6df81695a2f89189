import { askServiceWorker } from './ask-service-worker';
import type { PortalRequest } from '../messages';
import type { Portal } from '../portals/types';

const isPortal = (value: unknown): value is Portal =>
  typeof value === 'object' && value !== null && typeof (value as Portal).id === 'string' && Array.isArray((value as Portal).hosts);

/** Ask the service worker which catalog portal this origin belongs to; `undefined` if none, or no answer. */
export function askPortal(origin: string): Promise<Portal | undefined> {
  const request: PortalRequest = { type: 'portal', origin };
  return askServiceWorker(request, isPortal);
}

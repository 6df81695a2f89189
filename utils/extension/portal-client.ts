import { askServiceWorker } from './ask-service-worker';
import type { PortalAnswer, PortalRequest } from '../messages';
import type { StepReading } from '../steps/types';

const isPortalAnswer = (value: unknown): value is PortalAnswer => {
  const answer = value as PortalAnswer | null;
  return (
    typeof answer === 'object' && answer !== null &&
    typeof answer.portal?.id === 'string' && Array.isArray(answer.portal.hosts) &&
    typeof answer.texts === 'object' && answer.texts !== null
  );
};

/**
 * Ask the service worker which portal this origin belongs to, with the panel's words, the help for `reading` and
 * the page's first warning; `undefined` if none.
 */
export function askPortal(origin: string, reading: StepReading): Promise<PortalAnswer | undefined> {
  const request: PortalRequest = { type: 'portal', origin, reading };
  return askServiceWorker(request, isPortalAnswer);
}

import { askServiceWorker } from './ask-service-worker';
import type { Help } from '../help';
import type { HelpRequest } from '../messages';
import type { Portal } from '../portals/types';
import type { StepReading } from '../steps/types';

const isHelp = (value: unknown): value is Help =>
  typeof value === 'object' && value !== null && Array.isArray((value as Help).advice);

/** Help for readings on one portal, asked of the service worker once per step and code, then remembered. */
export interface HelpClient {
  /** Help already known for this reading, if any (instant). */
  cached(reading: StepReading): Help | undefined;
  /** Help for this reading; `undefined` if the service worker could not answer. */
  get(reading: StepReading): Promise<Help | undefined>;
}

/**
 * A help client for a portal. The advice and error tables live in the service worker, so the script injected
 * into sign-in pages stays small.
 */
export function createHelpClient(portal: Portal, first?: { reading: StepReading; help?: Help }): HelpClient {
  const known = new Map<string, Help>();
  const keyOf = (reading: StepReading) => `${reading.step}|${reading.errorCode ?? ''}`;
  if (first?.help) known.set(keyOf(first.reading), first.help); // came with the portal answer
  return {
    cached: (reading) => known.get(keyOf(reading)),
    async get(reading) {
      const key = keyOf(reading);
      const hit = known.get(key);
      if (hit) return hit;
      const request: HelpRequest = { type: 'help', portalId: portal.id, reading };
      const help = await askServiceWorker(request, isHelp);
      if (help) known.set(key, help);
      return help;
    },
  };
}

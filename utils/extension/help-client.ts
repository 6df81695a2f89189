import { browser } from 'wxt/browser';
import type { Help } from '../help';
import type { HelpRequest } from '../messages';
import type { Portal } from '../portals/types';
import type { StepReading } from '../steps/types';

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
export function createHelpClient(portal: Portal): HelpClient {
  const known = new Map<string, Help>();
  const keyOf = (reading: StepReading) => `${reading.step}|${reading.errorCode ?? ''}`;
  return {
    cached: (reading) => known.get(keyOf(reading)),
    async get(reading) {
      const key = keyOf(reading);
      const hit = known.get(key);
      if (hit) return hit;
      const request: HelpRequest = { type: 'help', portalId: portal.id, reading };
      try {
        const help = (await browser.runtime.sendMessage(request)) as Help | undefined;
        if (help && Array.isArray(help.advice)) known.set(key, help);
        return help;
      } catch {
        return undefined;
      }
    },
  };
}

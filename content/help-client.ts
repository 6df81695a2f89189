import type { Help } from '@/utils/help';
import { consentKey } from '@/utils/steps/consent';
import type { StepReading } from '@/utils/steps/types';

/** Help for the readings of one page, asked of the service worker once per step and code, then remembered. */
export interface HelpClient {
  /** Help already known for this reading, if any (instant). */
  cached(reading: StepReading): Help | undefined;
  /** Help for this reading; `undefined` if the service worker could not answer. */
  get(reading: StepReading): Promise<Help | undefined>;
}

/** A help cache over `ask`, seeded with the help that came with the first answer. */
export function createHelpClient(
  ask: (reading: StepReading) => Promise<Help | undefined>,
  first?: { reading: StepReading; help?: Help },
): HelpClient {
  const known = new Map<string, Help>();
  const keyOf = (reading: StepReading) =>
    `${reading.step}|${reading.method ?? ''}|${reading.errorCode ?? ''}|${consentKey(reading.consent)}`;
  if (first?.help) known.set(keyOf(first.reading), first.help);
  return {
    cached: (reading) => known.get(keyOf(reading)),
    async get(reading) {
      const key = keyOf(reading);
      const hit = known.get(key);
      if (hit) return hit;
      const help = await ask(reading);
      if (help) known.set(key, help);
      return help;
    },
  };
}

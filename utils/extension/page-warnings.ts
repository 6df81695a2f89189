import { askServiceWorker } from './ask-service-worker';
import { dismissedWarnings, warningKey } from './settings';
import type { WarningRequest } from '../messages';
import type { Portal } from '../portals/types';
import { watchTypedDomain } from '../warnings/typed-domain';
import { warningIds, type Warning } from '../warnings/types';

/** A warning, or `null` for none: the service worker's two well-formed answers. */
const isWarningAnswer = (value: unknown): value is Warning | null =>
  value === null || (warningIds as readonly unknown[]).includes((value as Warning | undefined)?.id);

/** The warnings of one page, as they come and go. */
export interface PageWarnings {
  /** Stop listening to the account field. */
  stop(): void;
  /** "Not my case": forget the current warning for this site and domain, for good. */
  dismissCurrent(): Promise<void>;
  /** The warning shown now, if any. */
  current(): Warning | undefined;
}

/**
 * Show the page's first warning (it came with the portal answer), and ask the service worker again whenever a new
 * domain is typed in the account field; warnings the person dismissed for this site and domain stay hidden.
 */
export function followWarnings(
  portal: Portal,
  host: string,
  first: Warning | null,
  onWarning: (warning: Warning | undefined) => void,
): PageWarnings {
  let shown: Warning | undefined;
  let asked = 0;
  const show = async (answer: Warning | null, ticket: number) => {
    let warning = answer ?? undefined;
    if (warning && (await dismissedWarnings.getValue()).includes(warningKey(host, warning))) warning = undefined;
    if (ticket !== asked) return; // a newer question is on its way
    if (warning === shown) return;
    shown = warning;
    onWarning(warning);
  };
  const ask = async (domain: string) => {
    const ticket = ++asked;
    const request: WarningRequest = { type: 'warning', portalId: portal.id, domain };
    const answer = await askServiceWorker(request, isWarningAnswer);
    if (answer !== undefined) await show(answer, ticket); // no answer: no warning rather than a wrong one
  };
  void show(first, asked);
  const stop = watchTypedDomain(document, (domain) => void ask(domain));
  return {
    stop,
    current: () => shown,
    async dismissCurrent() {
      if (!shown) return;
      const key = warningKey(host, shown);
      await dismissedWarnings.add(key);
      shown = undefined;
      onWarning(undefined);
    },
  };
}

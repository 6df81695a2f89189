import { watchTypedDomain } from '@/utils/warnings/typed-domain';
import type { Warning } from '@/utils/warnings/types';

/** The warnings of one page, as they come and go. */
export interface PageWarnings {
  /** Stop listening to the account field. */
  stop(): void;
  /** "Not my case": forget the current warning for this site and domain, for good. */
  dismissCurrent(): Promise<void>;
  /** The warning shown now, if any. */
  current(): Warning | undefined;
}

/** How the page's warnings are followed: where, what came first, whom to ask, and whom to tell. */
export interface WarningWatch {
  readonly document: Document;
  /** The warning that came with the first answer (`null`: none). */
  readonly first: Warning | null;
  /** Ask the service worker about a typed domain (`undefined`: no answer). */
  readonly ask: (domain: string) => Promise<Warning | null | undefined>;
  /** Tell the service worker the person marked a warning "not my case" here (it remembers it per site). */
  readonly dismiss: (warning: Warning) => Promise<unknown>;
  /** Hear of every change of the warning shown. */
  readonly onWarning: (warning: Warning | undefined) => void;
  /** Wraps each question from asking to drawing, so the page can say when it has settled. */
  readonly track?: <T>(work: Promise<T>) => Promise<T>;
}

/**
 * Show the page's first warning, and ask again whenever a new domain is typed in the account field (the service
 * worker leaves out warnings the person dismissed for this site and domain); an older answer never overwrites a newer one.
 */
export function followWarnings({ document, first, ask, dismiss, onWarning, track = (work) => work }: WarningWatch): PageWarnings {
  let shown: Warning | undefined;
  let asked = 0;
  const show = async (answer: Warning | null, ticket: number) => {
    const warning = answer ?? undefined;
    if (ticket !== asked || warning === shown) return; // a newer question is on its way, or nothing changed
    shown = warning;
    onWarning(warning);
  };
  const askAbout = async (domain: string) => {
    const ticket = ++asked;
    const answer = await ask(domain);
    if (answer !== undefined) await show(answer, ticket); // no answer: no warning rather than a wrong one
  };
  void track(show(first, asked));
  const stop = watchTypedDomain(document, (domain) => void track(askAbout(domain)));
  return {
    stop,
    current: () => shown,
    async dismissCurrent() {
      if (!shown) return;
      const dismissed = shown;
      shown = undefined;
      await dismiss(dismissed);
      onWarning(undefined);
    },
  };
}

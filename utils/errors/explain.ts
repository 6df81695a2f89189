import { errorExplanations, type ErrorExplanation } from './index';
import { global as globalWork } from '@/utils/portals/global';
import type { Portal } from '@/utils/portals/types';

/** What the panel says about an error code on screen. */
export interface ErrorHelp {
  /** The `AADSTS` number. */
  readonly code: string;
  /** Our offline explanation, when the code is in the table. */
  readonly explanation?: ErrorExplanation;
  /** Microsoft's page for this code, in the portal's cloud where one is documented. */
  readonly lookupUrl: string;
}

const byCode: ReadonlyMap<string, ErrorExplanation> = new Map(errorExplanations.map((entry) => [entry.code, entry]));

/** Explain an `AADSTS` code for a portal: the offline explanation if we have one, and the lookup link always. */
export function explainError(code: string, portal: Portal): ErrorHelp {
  const lookup = portal.links.errorLookup ?? globalWork.links.errorLookup!;
  const lookupUrl = `${lookup.url}?code=${encodeURIComponent(code)}`;
  const explanation = byCode.get(code);
  return explanation ? { code, explanation, lookupUrl } : { code, lookupUrl };
}

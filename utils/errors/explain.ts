import { errorFacts, type ErrorExplanation, type ErrorFacts } from './index';
import { dynamicKey, type Translate } from '@/utils/i18n/translate';
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

const byCode: ReadonlyMap<string, ErrorFacts> = new Map(errorFacts.map((entry) => [entry.code, entry]));

/** The words for one code in the person's language, from `errors.e<code>` in the locale files. */
export function explanationOf(facts: ErrorFacts, t: Translate): ErrorExplanation {
  const part = (field: string) => t(dynamicKey('errors', `e${facts.code}`, field));
  return { ...facts, what: part('what'), youCan: part('youCan'), tellIt: part('tellIt') };
}

/** Explain an `AADSTS` code for a portal: the offline explanation if we have one, and the lookup link always. */
export function explainError(code: string, portal: Portal, t: Translate): ErrorHelp {
  const lookup = portal.links.errorLookup ?? globalWork.links.errorLookup!;
  const lookupUrl = `${lookup.url}?code=${encodeURIComponent(code)}`;
  const facts = byCode.get(code);
  return facts ? { code, explanation: explanationOf(facts, t), lookupUrl } : { code, lookupUrl };
}

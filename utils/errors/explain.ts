import { errorFacts, type ErrorExplanation, type ErrorFacts } from './index';
import { dynamicKey, keyPart, type Translate } from '@/utils/i18n/translate';
import { global as globalWork } from '@/utils/portals/global';
import type { Portal } from '@/utils/portals/types';

/** What the panel says about an error code on screen. */
export interface ErrorHelp {
  /** The `AADSTS` number. */
  readonly code: string;
  /** Our offline explanation: the code's kind and words, or the `unknown` kind for a code no table knows. */
  readonly explanation: ErrorExplanation;
  /** Microsoft's page for this code, in the portal's cloud where one is documented. */
  readonly lookupUrl: string;
}

const byCode: ReadonlyMap<string, ErrorFacts> = new Map(errorFacts.map((entry) => [entry.code, entry]));

/** The facts for a code no table knows (a newer code, or a number read wrongly): the `unknown` kind. */
const unknownFacts = (code: string): ErrorFacts => ({ code, kind: 'unknown', fixedBy: 'unknown', ownWords: false });

/**
 * The words for one code in the person's language: its own (`errors.e<code>`) for the codes people meet on
 * screen, else its kind's (`errorKind.<kind>`), whose IT line names the code.
 */
export function explanationOf(facts: ErrorFacts, t: Translate): ErrorExplanation {
  const kind = (field: string) => t(dynamicKey('errorKind', keyPart(facts.kind), field), { code: facts.code });
  const part = facts.ownWords ? (field: string) => t(dynamicKey('errors', `e${facts.code}`, field)) : kind;
  return { ...facts, kindTitle: kind('title'), what: part('what'), youCan: part('youCan'), tellIt: part('tellIt') };
}

/**
 * Explain an `AADSTS` code for a portal: our offline explanation (the `unknown` kind for a code we do not know,
 * so every code gets an answer), and Microsoft's lookup link always. Anything but 1 to 9 digits counts as unknown.
 */
export function explainError(code: string, portal: Portal, t: Translate): ErrorHelp {
  const digits = /^\d{1,9}$/.test(code) ? code : code.replace(/\D/g, '').slice(0, 9);
  const lookup = portal.links.errorLookup ?? globalWork.links.errorLookup!;
  const lookupUrl = `${lookup.url}?code=${encodeURIComponent(digits)}`;
  return { code: digits, explanation: explanationOf(byCode.get(digits) ?? unknownFacts(digits), t), lookupUrl };
}

import { neighbourhoods, wordsNearForm } from './neighbourhood';
import { microsoftBrandPattern, microsoftClaimPattern, microsoftPhrasePatterns, signInWithPattern, signInWordPattern } from './phrases';
import type { PageEvidence, SignalDetector, SignalId } from './types';

const maxClaim = 80;
/** Words in a title that still reads as a sign-in page's name ("Sign in to your Microsoft account"), not a headline. */
const maxClaimWords = 7;
/**
 * Microsoft's phrases are its screens' own short texts (a heading, a link, a label); quoted inside a sentence of an
 * article ("kits copy 'Can't access your account?'…") they are prose, and do not count.
 */
const maxPhraseText = 60;
const claimSelector = 'h1, h2, h3, h4, legend, [role="heading"]';

/** The phrase patterns made global once, for `matchAll` (not again on every page judged). */
const everyPhrase = microsoftPhrasePatterns.map(
  (pattern) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`),
);

/**
 * The different Microsoft sign-in phrases in a text, each once (lower case, spaces folded). A phrase inside a longer
 * one ("Microsoft account" in "Sign in to your Microsoft account") is not counted again.
 */
export function microsoftPhrasesIn(text: string): Set<string> {
  const matches: Array<{ start: number; end: number; phrase: string }> = [];
  for (const every of everyPhrase) {
    for (const match of text.matchAll(every)) {
      const phrase = match[0].toLowerCase().replace(/\s+/g, ' ').trim();
      if (phrase) matches.push({ start: match.index, end: match.index + match[0].length, phrase });
      if (matches.length >= 50) break;
    }
  }
  const kept: typeof matches = [];
  for (const match of matches.sort((a, b) => b.end - b.start - (a.end - a.start)))
    if (!kept.some((other) => match.start < other.end && other.start < match.end)) kept.push(match);
  return new Set(kept.map((match) => match.phrase));
}

/**
 * A text with the spellings that dress a brand up for a hurried reader undone: "VV" for W, a zero inside a word for
 * O ("VVINDOWS", "Micros0ft", "0ffice 365"), as `host.ts` does for host names; numbers stay numbers.
 */
export function unspoofedText(text: string): string {
  return text.replace(/vv/gi, 'w').replace(/(?<=\p{L})0|0(?=\p{L})/gu, 'o');
}

/** Whether a short title or heading says the page is a sign-in to Microsoft or one of its products ("Entrar no Skype"). */
export function claimsMicrosoftSignIn(text: string): boolean {
  const short = unspoofedText(text.replace(/\s+/g, ' ').trim());
  const words = short.split(/[\s|·•–—:-]+/).filter(Boolean).length;
  return (
    short.length > 0 &&
    short.length <= maxClaim &&
    words <= maxClaimWords &&
    microsoftClaimPattern.test(short) &&
    signInWordPattern.test(short) &&
    !signInWithPattern.test(short)
  );
}

/** The page's title and the headings of the form's neighbourhood: where a page says what it is. */
function claims(evidence: PageEvidence, areas: readonly Element[]): string[] {
  const headings = areas.flatMap((area) => [...area.querySelectorAll(claimSelector)].slice(0, 10));
  return [evidence.document.title ?? '', ...headings.map((heading) => heading.textContent ?? '')];
}

/**
 * Microsoft's wording near the credential form (never the whole page): its sign-in phrases (`microsoft-phrase`, and
 * `microsoft-phrases` for two or more different ones), its product names beside a word for signing in
 * (`microsoft-brand`), and a title or heading that calls the page a sign-in to Microsoft (`microsoft-title`).
 */
export const microsoftWording: SignalDetector = {
  reports: ['microsoft-phrase', 'microsoft-phrases', 'microsoft-brand', 'microsoft-title'],
  detect(evidence) {
    const areas = neighbourhoods(evidence);
    const words = wordsNearForm(evidence, areas);
    const text = words.join(' ');
    // one space: a phrase split over two elements ("No account?" + "Create one!") still reads
    const screenTexts = words.filter((part) => part.length <= maxPhraseText).join(' ');
    const found: SignalId[] = [];
    const phrases = microsoftPhrasesIn(screenTexts).size;
    if (phrases >= 1) found.push('microsoft-phrase');
    if (phrases >= 2) found.push('microsoft-phrases');
    if (microsoftBrandPattern.test(text) && signInWordPattern.test(text)) found.push('microsoft-brand');
    if (areas.length > 0 && claims(evidence, areas).some(claimsMicrosoftSignIn)) found.push('microsoft-title');
    return found;
  },
};

import { neighbourhoods, wordsNearForm } from './neighbourhood';
import { microsoftBrandPattern, microsoftPhrasePatterns, signInWordPattern } from './phrases';
import type { SignalDetector, SignalId } from './types';

/**
 * Microsoft's wording near the credential form (never the whole page): its sign-in phrases (`microsoft-phrase`),
 * and its product names beside a word for signing in (`microsoft-brand`).
 */
export const microsoftWording: SignalDetector = {
  reports: ['microsoft-phrase', 'microsoft-brand'],
  detect(evidence) {
    const words = wordsNearForm(evidence, neighbourhoods(evidence));
    const text = words.join(' '); // one space: a phrase split over two elements ("No account?" + "Create one!") still reads
    const found: SignalId[] = [];
    if (microsoftPhrasePatterns.some((pattern) => pattern.test(text))) found.push('microsoft-phrase');
    if (microsoftBrandPattern.test(text) && signInWordPattern.test(text)) found.push('microsoft-brand');
    return found;
  },
};

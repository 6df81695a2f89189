import type { Translate } from '@/utils/i18n/translate';
import type { SignalId, WeightedSignal } from './types';

/** Each signal's name in the person's words (locale keys under `guard.signal`). */
const signalKeys = {
  'article-layout': 'guard.signal.articleLayout',
  'document-lure': 'guard.signal.documentLure',
  'form-over-picture': 'guard.signal.formOverPicture',
  'microsoft-brand': 'guard.signal.microsoftBrand',
  'microsoft-logo': 'guard.signal.microsoftLogo',
  'microsoft-phrase': 'guard.signal.microsoftPhrase',
  'microsoft-phrases': 'guard.signal.microsoftPhrases',
  'microsoft-title': 'guard.signal.microsoftTitle',
  'number-match-display': 'guard.signal.numberMatchDisplay',
  'outlook-web-forms': 'guard.signal.outlookWebForms',
  'own-outlook-web': 'guard.signal.ownOutlookWeb',
  'page-config': 'guard.signal.pageConfig',
  'risky-host': 'guard.signal.riskyHost',
  'sign-in-cdn': 'guard.signal.signInCdn',
  'sign-in-field': 'guard.signal.signInField',
  'sign-in-fields': 'guard.signal.signInFields',
  'sign-in-layout': 'guard.signal.signInLayout',
  'sign-in-with-microsoft': 'guard.signal.signInWithMicrosoft',
  'site-own-brand': 'guard.signal.siteOwnBrand',
} as const satisfies Record<SignalId, string>;

/** The evidence for the look-alike in the person's words, strongest first (evidence against is left out). */
export function signalNames(signals: readonly WeightedSignal[], t: Translate): string {
  return [...signals]
    .filter((signal) => signal.weight > 0 && signal.id in signalKeys)
    .sort((a, b) => b.weight - a.weight)
    .map((signal) => t(signalKeys[signal.id]))
    .join(', ');
}

/**
 * What the person's IT desk needs: the site, the time, the score and each signal with its weight; never the path,
 * the query or anything typed.
 */
export function guardReport(origin: string, signals: readonly WeightedSignal[], at: Date, t: Translate): string {
  const score = signals.reduce((sum, signal) => sum + signal.weight, 0);
  const weighed = signals.map((signal) => `${signal.id} ${signal.weight > 0 ? '+' : ''}${signal.weight}`).join(', ');
  return [
    t('guard.report.title'),
    `${t('guard.report.site')}: ${origin}`,
    `${t('guard.report.time')}: ${at.toISOString()}`,
    `${t('guard.report.signals')}: ${signalNames(signals, t)}`,
    `${t('guard.report.score')}: ${score} (${weighed})`,
  ].join('\n');
}

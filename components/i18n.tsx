import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from '@/utils/i18n/locales';
import type { Translate } from '@/utils/i18n/translate';

/** The language every component speaks, and its translator. */
export interface I18n {
  readonly locale: Locale;
  readonly t: Translate;
}

/** Provided once at the root of the panel, the popup and the options page. */
export const I18nContext = createContext<I18n>({ locale: 'en', t: (key) => key });

/** The current language and translator. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The languages the extension speaks, as Chrome locale folder names; English is the source and the fallback. */
export const locales = ['en', 'de', 'ja', 'ko', 'zh_CN'] as const;

/** One supported language. */
export type Locale = (typeof locales)[number];

/** The person's language choice: follow the browser, or one language. */
export type LanguageChoice = 'auto' | Locale;

/** Each language's name in itself, for the language menu (never translated). */
export const localeNames: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  ja: '日本語',
  ko: '한국어',
  zh_CN: '简体中文',
};

/** Microsoft Support and Learn locale path segments for each language. */
const microsoftSegments: Readonly<Record<Locale, string>> = {
  en: 'en-us',
  de: 'de-de',
  ja: 'ja-jp',
  ko: 'ko-kr',
  zh_CN: 'zh-cn',
};

/** Whether a value is a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}

/** Whether a value is a valid language choice. */
export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return value === 'auto' || isLocale(value);
}

/**
 * The language to show: the person's choice, or the browser's UI language mapped to a supported one
 * (`de-AT` → `de`, `zh-Hans-CN` or `zh` → `zh_CN`), else English. Traditional Chinese falls back to English.
 */
export function resolveLocale(choice: LanguageChoice, uiLanguage: string): Locale {
  if (choice !== 'auto') return choice;
  const tag = uiLanguage.trim().replace(/_/g, '-').toLowerCase();
  const [language] = tag.split('-');
  if (language === 'zh') return /-(tw|hk|mo|hant)\b/.test(tag) ? 'en' : 'zh_CN';
  return isLocale(language) ? language : 'en';
}

/** The BCP 47 tag for `lang` attributes and date formatting: `zh_CN` → `zh-CN`. */
export function languageTag(locale: Locale): string {
  return locale.replace('_', '-');
}

/** The locale path segment Microsoft Support and Learn use for this language, such as `de-de`. */
export function microsoftLocaleSegment(locale: Locale): string {
  return microsoftSegments[locale];
}

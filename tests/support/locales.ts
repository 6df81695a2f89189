import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { locales, type Locale } from '@/utils/i18n/locales';
import { createTranslator, type ChromeMessages, type Translate } from '@/utils/i18n/translate';

/** Where the locale files live. */
export const localesDir = join(import.meta.dirname, '..', '..', 'locales');

/** One locale file parsed the way the build parses it: every message with its dotted key. */
export function parsedLocale(locale: Locale) {
  const text = readFileSync(join(localesDir, `${locale}.yml`), 'utf8');
  return parseMessagesText(text, 'YAML').filter((message) => !message.key[0]!.startsWith('@@'));
}

/** One locale as Chrome would get it in `_locales/<locale>/messages.json`. */
export function chromeMessages(locale: Locale): ChromeMessages {
  return generateChromeMessages(parseMessagesText(readFileSync(join(localesDir, `${locale}.yml`), 'utf8'), 'YAML'));
}

/** A translator for one locale, with English filling gaps, exactly as the extension builds it. */
export function translatorFor(locale: Locale): Translate {
  return createTranslator(chromeMessages(locale), chromeMessages('en'));
}

/** The English translator most unit tests read their expectations through. */
export const english: Translate = translatorFor('en');

/** Every supported locale. */
export { locales };

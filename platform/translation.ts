import { browser } from 'wxt/browser';
import { languageChoice } from './settings';
import { resolveLocale, type Locale } from '@/utils/i18n/locales';
import { createTranslator, type ChromeMessages, type Translate } from '@/utils/i18n/translate';

/** A language and its messages, as extension pages and the service worker use them. */
export interface Translation {
  readonly locale: Locale;
  readonly t: Translate;
  /** The raw messages of that language with English filling any gap, for handing a subset to the panel. */
  readonly messages: ChromeMessages;
  /** English, for matching English search words in any language. */
  readonly english: Translate;
}

const loaded = new Map<Locale, Promise<ChromeMessages>>();

/** One language's packaged `messages.json`; an empty table if it cannot be read. */
function messagesOf(locale: Locale): Promise<ChromeMessages> {
  let pending = loaded.get(locale);
  if (!pending) {
    const url = browser.runtime.getURL(`/_locales/${locale}/messages.json` as '/');
    pending = fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<ChromeMessages>) : {}))
      .catch(() => ({}));
    loaded.set(locale, pending);
  }
  return pending;
}

/**
 * The person's language and a translator for it. `browser.i18n` alone follows only the browser's language, so
 * the options page's choice is honoured by reading the packaged messages of the chosen language directly.
 */
export async function loadTranslation(): Promise<Translation> {
  const locale = resolveLocale(await languageChoice.getValue(), browser.i18n.getUILanguage());
  const [messages, english] = await Promise.all([messagesOf(locale), messagesOf('en')]);
  return { locale, t: createTranslator(messages, english), messages: { ...english, ...messages }, english: createTranslator(english) };
}

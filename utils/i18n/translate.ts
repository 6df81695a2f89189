import type { GeneratedI18nStructure } from '#i18n';

/** A key of `locales/en.yml`, dotted (`advice.locked.title`). */
export type MessageKey = keyof GeneratedI18nStructure;

/** Values for a message's `{name}` placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Turns a message key and its placeholder values into text in one language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Messages as Chrome stores them in `_locales/<locale>/messages.json`: underscored keys, `{ message }` values. */
export type ChromeMessages = Readonly<Record<string, { readonly message: string } | undefined>>;

const placeholder = /\{([A-Za-z0-9_]+)\}/g;

/** Chrome's message name for a dotted key; Chrome compares names without regard to case. */
export const chromeMessageName = (key: string): string => key.replaceAll('.', '_').toLowerCase();

function normalize(messages: ChromeMessages): Map<string, string> {
  const table = new Map<string, string>();
  for (const [name, entry] of Object.entries(messages)) {
    if (typeof entry?.message === 'string') table.set(name.toLowerCase(), entry.message);
  }
  return table;
}

/**
 * A translator over one language's messages, falling back to a second table (English) for a missing key and to
 * the key itself as a last resort, so a gap shows as a readable key instead of breaking the page.
 */
export function createTranslator(messages: ChromeMessages, fallback: ChromeMessages = {}): Translate {
  const primary = normalize(messages);
  const secondary = normalize(fallback);
  return (key, values) => {
    const name = chromeMessageName(key);
    const text = primary.get(name) ?? secondary.get(name) ?? key;
    if (!values) return text;
    return text.replace(placeholder, (match, field: string) => (Object.hasOwn(values, field) ? String(values[field]) : match));
  };
}

/** A key built at run time from data (a portal id, an error code); a test checks every such key exists. */
export function dynamicKey(...parts: string[]): MessageKey {
  return parts.join('.') as MessageKey;
}

/** A kebab-case id as it appears inside a message key: `global-work` → `globalWork`. */
export function keyPart(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';

// Plain relative imports only: `npm run locales:stamp` runs this file with Node itself, which knows no `@/` alias.
const localesDir = join(import.meta.dirname, '..', '..', 'locales');

/** A translation's locale name (`de`, `zh_CN`): any locale but English. */
export type TranslatedLocale = string;

/**
 * Each translation keeps, per key, a fingerprint of the English text it was translated from
 * (`locales/translated-from/<locale>.json`). When English changes, its fingerprint no longer matches and the
 * locale test names the keys whose translation still says the older English.
 */
export const fingerprintsDir = join(localesDir, 'translated-from');

/** Key → fingerprint, for one translation. */
export type Fingerprints = Record<string, string>;

/** A short, stable fingerprint of one English message (the first 12 hex digits of its SHA-256). */
export function fingerprint(englishText: string): string {
  return createHash('sha256').update(englishText).digest('hex').slice(0, 12);
}

/** The English text of every key, as the build parses `en.yml`. */
export function englishTexts(): Map<string, string> {
  const messages = parseMessagesText(readFileSync(join(localesDir, 'en.yml'), 'utf8'), 'YAML');
  return new Map(
    messages
      .filter((message) => !message.key[0]!.startsWith('@@'))
      .map((message) => [message.key.join('.'), 'message' in message ? String(message.message) : '']),
  );
}

/** The fingerprints recorded for one translation (none yet: empty). */
export function readFingerprints(locale: TranslatedLocale): Fingerprints {
  const file = join(fingerprintsDir, `${locale}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Fingerprints) : {};
}

/** Write one translation's fingerprints, sorted by key, one per line (small, readable diffs). */
export function writeFingerprints(locale: TranslatedLocale, fingerprints: Fingerprints): void {
  mkdirSync(fingerprintsDir, { recursive: true });
  const sorted = Object.fromEntries(Object.entries(fingerprints).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(join(fingerprintsDir, `${locale}.json`), `${JSON.stringify(sorted, null, 1)}\n`);
}

/** The keys of a translation whose recorded English no longer matches `english`: missing or stale. */
export function staleKeys(english: ReadonlyMap<string, string>, recorded: Fingerprints): string[] {
  return [...english].filter(([key, text]) => recorded[key] !== fingerprint(text)).map(([key]) => key);
}

// `npm run locales:stamp -- <locale> <key> [<key> …]`: record that these keys of that translation now follow the
// current English. Run it after updating a translation, never instead of updating it.
// `npm run locales:stamp -- <locale> --new` stamps only keys that have no fingerprint yet (newly added keys).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { englishTexts, fingerprint, readFingerprints, writeFingerprints } from './translation-fingerprints.ts';

const [locale, ...keys] = process.argv.slice(2);
const known =
  locale !== undefined &&
  /^[a-z]{2}(_[A-Z]{2})?$/.test(locale) &&
  existsSync(join(import.meta.dirname, '..', '..', 'locales', `${locale}.yml`));
if (!known || locale === 'en' || keys.length === 0) {
  console.error('usage: npm run locales:stamp -- <de|ja|ko|zh_CN> <key> [<key> …] | --new');
  process.exit(2);
}
const english = englishTexts();
const recorded = readFingerprints(locale);
const chosen = keys.includes('--new') ? [...english.keys()].filter((key) => !(key in recorded)) : keys;
const unknown = chosen.filter((key) => !english.has(key));
if (unknown.length > 0) {
  console.error(`not English keys: ${unknown.join(', ')}`);
  process.exit(2);
}
for (const key of chosen) recorded[key] = fingerprint(english.get(key)!);
for (const key of Object.keys(recorded)) if (!english.has(key)) delete recorded[key];
writeFingerprints(locale, recorded);
console.log(`${locale}: ${chosen.length} key(s) stamped`);

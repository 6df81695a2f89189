import { describe, expect, test } from 'vitest';
import { locales, parsedLocale } from '../../support/locales';
import { englishTexts, fingerprint, readFingerprints, staleKeys } from '../../support/translation-fingerprints';

const english = parsedLocale('en');
const englishKeys = english.map((message) => message.key.join('.'));
const textOf = (message: (typeof english)[number]) => ('message' in message ? String(message.message) : '');

describe.each(locales.filter((locale) => locale !== 'en'))('%s', (locale) => {
  const messages = parsedLocale(locale);
  const keys = messages.map((message) => message.key.join('.'));
  const byKey = new Map(messages.map((message) => [message.key.join('.'), message]));

  test('has every key English has', () => {
    expect(englishKeys.filter((key) => !keys.includes(key))).toEqual([]);
  });

  test('has no key English lacks', () => {
    expect(keys.filter((key) => !englishKeys.includes(key))).toEqual([]);
  });

  test('uses the same placeholders as English in every message', () => {
    const mismatches = english.flatMap((source) => {
      const key = source.key.join('.');
      const translated = byKey.get(key);
      if (!translated) return [];
      // @wxt-dev/i18n's own parser lists each message's `{name}` placeholders, as the build sees them.
      const want = [...source.namedSubstitutions].sort();
      const got = [...translated.namedSubstitutions].sort();
      return JSON.stringify(want) === JSON.stringify(got) ? [] : [`${key}: ${got.join(',')} instead of ${want.join(',')}`];
    });
    expect(mismatches).toEqual([]);
  });

  test('translates: no message left empty, and error texts still name their AADSTS code', () => {
    expect(messages.filter((message) => textOf(message).trim() === '').map((message) => message.key.join('.'))).toEqual([]);
    for (const message of messages) {
      const [group, code, field] = message.key;
      if (group === 'errors' && field === 'tellIt') expect(textOf(message), code).toContain(`AADSTS${code!.slice(1)}`);
    }
  });

  test('follows the current English: no key was translated from an older English text (see npm run locales:stamp)', () => {
    expect(staleKeys(englishTexts(), readFingerprints(locale))).toEqual([]);
  });

  test('keeps brand names and codes as they are', () => {
    for (const message of messages) {
      const source = byKey.get(message.key.join('.')) && english.find((entry) => entry.key.join('.') === message.key.join('.'));
      if (!source) continue;
      for (const brand of ['Microsoft 365', 'AADSTS', '21Vianet', 'login.microsoftonline.com', 'Outlook.com']) {
        if (textOf(source).includes(brand)) expect(textOf(message), `${message.key.join('.')} keeps ${brand}`).toContain(brand);
      }
    }
  });
});

test('English keys are Chrome message names once dots become underscores, and unique regardless of case', () => {
  const names = englishKeys.map((key) => key.replaceAll('.', '_'));
  for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
  expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
});

test('a translation made from an older English text is found, and one made from the current text is not', () => {
  const english = new Map([
    ['advice.locked.bodyWork', 'Wait, then reset. If it stays locked, {contact}.'],
    ['panel.close', 'Close'],
  ]);
  const recorded = { 'advice.locked.bodyWork': fingerprint('Your admin can unlock it: {contact}.'), 'panel.close': fingerprint('Close') };
  expect(staleKeys(english, recorded)).toEqual(['advice.locked.bodyWork']);
  expect(staleKeys(english, {})).toEqual(['advice.locked.bodyWork', 'panel.close']);
});

test('no message uses Chrome dollar placeholders, which browser.i18n would eat', () => {
  for (const locale of locales) {
    for (const message of parsedLocale(locale)) expect(textOf(message), `${locale} ${message.key.join('.')}`).not.toMatch(/\$/);
  }
});

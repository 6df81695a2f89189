import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { chromeMessages, english, translatorFor } from '../../support/locales';
import { localizeHelpUrl } from '@/utils/i18n/localize-url';
import { isLanguageChoice, locales, resolveLocale } from '@/utils/i18n/locales';
import { panelMessageGroups, pickMessages } from '@/utils/i18n/pick-messages';
import { createTranslator, keyPart } from '@/utils/i18n/translate';

describe('resolveLocale: the browser language mapped to one we speak', () => {
  test.each([
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['de', 'de'],
    ['ja', 'ja'],
    ['ko-KR', 'ko'],
    ['zh-CN', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['zh-Hans-CN', 'zh_CN'],
    ['zh_CN', 'zh_CN'],
    ['zh-TW', 'en'],
    ['zh-Hant-HK', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
    ['🙂', 'en'],
  ])('%s → %s', (ui, want) => expect(resolveLocale('auto', ui)).toBe(want));

  test('a choice in the options page wins over the browser', () => {
    expect(resolveLocale('ko', 'de-DE')).toBe('ko');
  });

  test('only our languages and "auto" are valid choices', () => {
    for (const locale of locales) expect(isLanguageChoice(locale)).toBe(true);
    for (const bad of ['fr', 'zh-CN', '', null, 3, 'AUTO']) expect(isLanguageChoice(bad)).toBe(false);
  });
});

describe('localizeHelpUrl: Microsoft Support and Learn open in the person’s language', () => {
  test('a Support link without a locale gets one; a Learn link swaps its locale', () => {
    expect(localizeHelpUrl('https://support.microsoft.com/topic/409090c4-92b5-42b9-8ae6-bcc97e62fc48', 'de')).toBe(
      'https://support.microsoft.com/de-de/topic/409090c4-92b5-42b9-8ae6-bcc97e62fc48',
    );
    expect(localizeHelpUrl('https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-howitworks', 'zh_CN')).toBe(
      'https://learn.microsoft.com/zh-cn/entra/identity/authentication/concept-sspr-howitworks',
    );
    expect(localizeHelpUrl('https://support.microsoft.com/en-us/account-billing/x?ui=1#top', 'ja')).toBe(
      'https://support.microsoft.com/ja-jp/account-billing/x?ui=1#top',
    );
    expect(localizeHelpUrl('https://learn.microsoft.com/', 'ko')).toBe('https://learn.microsoft.com/ko-kr');
  });

  test('every other link, and garbage, comes back unchanged', () => {
    for (const url of [
      'https://account.live.com/password/reset',
      'http://support.microsoft.com/topic/x',
      'not a url',
      'https://support.microsoft.com.evil.example/topic/x',
    ]) {
      expect(localizeHelpUrl(url, 'de')).toBe(url);
    }
    fc.assert(fc.property(fc.string(), fc.constantFrom(...locales), (url, locale) => void localizeHelpUrl(url, locale)));
  });
});

describe('the translator', () => {
  test('fills named placeholders, leaves unknown ones, falls back to English and then to the key', () => {
    const t = createTranslator(
      { a_b: { message: 'Hallo {name}, {other}' } },
      { a_b: { message: 'Hello' }, c: { message: 'Only English' } },
    );
    expect(t('a.b' as never, { name: 'Ada' })).toBe('Hallo Ada, {other}');
    expect(t('c' as never)).toBe('Only English');
    expect(t('missing.key' as never)).toBe('missing.key');
  });

  test('placeholder values are text, never markup or further placeholders', () => {
    expect(english('error.heading', { code: '{code}<b>' })).toBe('Error AADSTS{code}<b>');
  });

  test('keyPart turns kebab-case ids into message key parts', () => {
    expect(keyPart('china-21vianet')).toBe('china21vianet');
    expect(keyPart('global-work')).toBe('globalWork');
  });

  test('every language translates what the panel shows (spot check)', () => {
    for (const locale of locales.filter((each) => each !== 'en')) {
      expect(translatorFor(locale)('identity.genuine'), locale).not.toBe(english('identity.genuine'));
    }
  });
});

describe('the panel gets only its own messages', () => {
  const picked = pickMessages(chromeMessages('en'), panelMessageGroups);
  const names = Object.keys(picked);

  test('everything the panel renders, and nothing from the error table, help center or options', () => {
    expect(names).toContain('identity_genuine');
    expect(names).toContain('warning_notMyCase');
    expect(names.some((name) => name.startsWith('errors_') || name.startsWith('warning_wrongCloud'))).toBe(false);
    expect(names.some((name) => /^(topics|options|admin|problem)_/.test(name))).toBe(false);
  });

  test('is a small part of the whole', () => {
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(chromeMessages('en')).length / 8);
  });

  test('a group is matched whole: `panel` does not take `panelist`, `warning.why` not `warning.whyNot`', () => {
    const messages = {
      panel_x: { message: 'a' },
      panelist: { message: 'b' },
      warning_why: { message: 'c' },
      warning_whyNot: { message: 'd' },
    };
    expect(Object.keys(pickMessages(messages, ['panel', 'warning.why']))).toEqual(['panel_x', 'warning_why']);
  });
});

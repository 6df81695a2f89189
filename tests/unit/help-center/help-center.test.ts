import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { english, locales, translatorFor } from '../../support/locales';
import { normalizeForSearch, searchTopics } from '@/utils/help-center/search';
import { helpTopicIds, helpTopics } from '@/utils/help-center/topics';

const topics = helpTopics({ t: english });
const englishKeywords = Object.fromEntries(topics.map((topic) => [topic.id, topic.keywords]));
const ids = (query: string, list = topics) => searchTopics(list, query, englishKeywords).map((topic) => topic.id);

describe('the help center topics', () => {
  test('are the listed ones, in order, each with a title and at least one https link on a Microsoft host', () => {
    expect(topics.map((topic) => topic.id)).toEqual([...helpTopicIds]);
    for (const topic of topics) {
      expect(topic.title.length, topic.id).toBeGreaterThan(3);
      expect(topic.links.length, topic.id).toBeGreaterThan(0);
      for (const link of topic.links)
        expect(new URL(link.url).hostname, link.url).toMatch(
          /(microsoft|live|microsoftonline|microsoft365|windowsazure|office365)\.(com|us|cn)$|^portal\.apps\.mil$/,
        );
    }
  });

  test('"I forgot my password" links the personal reset and each working cloud’s work reset', () => {
    const forgot = topics.find((topic) => topic.id === 'forgot-password')!;
    expect(forgot.links.map((link) => link.url)).toEqual([
      'https://account.live.com/password/reset',
      'https://passwordreset.activedirectory.windowsazure.cn/',
      'https://passwordreset.microsoftonline.com/',
      'https://passwordreset.microsoftonline.us/',
    ]);
  });

  test('the helpdesk from policy replaces "contact your admin"', () => {
    const withHelpdesk = helpTopics({ t: english, helpdeskName: 'Fabrikam IT' });
    expect(withHelpdesk.find((topic) => topic.id === 'blocked-or-locked')!.body).toContain('contact Fabrikam IT');
    expect(topics.find((topic) => topic.id === 'blocked-or-locked')!.body).toContain('contact your admin');
  });

  test('"personal vs work" says the accounts and passwords are separate; "after the change" names phone, mail, password manager', () => {
    expect(topics.find((topic) => topic.id === 'personal-vs-work')!.body).toMatch(/two separate accounts.*does not change the other/s);
    expect(topics.find((topic) => topic.id === 'after-password-change')!.body).toMatch(/phone.*Outlook.*password manager/s);
  });
});

describe('searching the help center', () => {
  test.each([
    ['password', 'forgot-password'],
    ['forgot', 'forgot-password'],
    ['SMS', 'verification-code'],
    ['authenticator', 'verification-code'],
    ['locked', 'blocked-or-locked'],
    ['21Vianet', 'where-to-sign-in'],
    ['same email', 'personal-vs-work'],
    ['helpdesk', 'contact-admin'],
  ])('"%s" finds %s first', (query, first) => expect(ids(query)[0]).toBe(first));

  test('case, accents, full-width letters and punctuation do not matter', () => {
    expect(ids('PASSWÖRD'.replace('Ö', 'O'))).toEqual(ids('password'));
    expect(ids('ｐａｓｓｗｏｒｄ')).toEqual(ids('password'));
    expect(normalizeForSearch('  Verify—Code!! ')).toBe('verify code');
  });

  test('every word must match; nothing matches nonsense; an empty query lists everything', () => {
    expect(ids('password zzzz')).toEqual([]);
    expect(ids('qwertyuiop')).toEqual([]);
    expect(ids('   ')).toEqual([...helpTopicIds]);
  });

  test('in every language, its own word and the English word both find the password topic', () => {
    for (const locale of locales) {
      const local = helpTopics({ t: translatorFor(locale) });
      const title = local.find((topic) => topic.id === 'forgot-password')!.title;
      expect(searchTopics(local, title, englishKeywords)[0]?.id, locale).toBe('forgot-password');
      expect(
        searchTopics(local, 'password', englishKeywords).map((topic) => topic.id),
        locale,
      ).toContain('forgot-password');
    }
  });

  test('never throws, and only returns topics it was given', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const found = searchTopics(topics, query, englishKeywords);
        for (const topic of found) expect(topics).toContain(topic);
      }),
    );
  });
});

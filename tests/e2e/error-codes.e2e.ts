import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { locales, translatorFor } from '../support/locales';
import { inPanel, openCard, readPanelHost, waitForPanel } from './harness/panel';
import { useSession } from './harness/session';
import type { Locale } from '@/utils/i18n/locales';
import { dynamicKey } from '@/utils/i18n/translate';

// Codes that had no offline entry before the full table (the first 85 codes), on a converged error page of our
// own, in every language: the card explains each with no network but the sign-in page itself (the fixture server
// answers every host; we check no other host was asked), says who can fix it and links Microsoft's lookup.

const session = useSession();

async function chooseLanguage(locale: Locale | 'auto'): Promise<void> {
  await session.browser.serviceWorker.evaluate((language) => chrome.storage.local.set({ language }), locale);
}

afterEach(() => chooseLanguage('auto'));

type Fixer = 'fixedByYou' | 'fixedByAdmin' | 'fixedByApp' | 'fixedByMicrosoft' | 'fixedByUnknown';

/** What the card must say for a code, written out here (not read from the table): its kind, who fixes it, whose words. */
interface Expected {
  readonly code: string;
  readonly kind: string;
  /** The kind's key under `errorKind.` (camelCase). */
  readonly kindKey: string;
  readonly fixer: Fixer;
  /** Whether the code has its own words (`errors.e<code>`), else its kind's. */
  readonly own: boolean;
}

const expected: readonly Expected[] = [
  // The codes people meet on screen, with words of their own.
  { code: '500121', kind: 'verification', kindKey: 'verification', fixer: 'fixedByYou', own: true },
  { code: '50143', kind: 'session', kindKey: 'session', fixer: 'fixedByYou', own: true },
  { code: '135010', kind: 'device', kindKey: 'device', fixer: 'fixedByAdmin', own: true },
  { code: '120000', kind: 'password-change-failed', kindKey: 'passwordChangeFailed', fixer: 'fixedByYou', own: true },
  // One code of each other kind, new with the full table, answered with the kind's shared words.
  { code: '50197', kind: 'account-or-password', kindKey: 'accountOrPassword', fixer: 'fixedByYou', own: false },
  { code: '50015', kind: 'account-blocked', kindKey: 'accountBlocked', fixer: 'fixedByAdmin', own: false },
  { code: '50137', kind: 'password-change-needed', kindKey: 'passwordChangeNeeded', fixer: 'fixedByYou', own: false },
  { code: '50002', kind: 'access-rules', kindKey: 'accessRules', fixer: 'fixedByAdmin', own: false },
  { code: '16003', kind: 'not-in-organization', kindKey: 'notInOrganization', fixer: 'fixedByAdmin', own: false },
  { code: '50134', kind: 'wrong-cloud', kindKey: 'wrongCloud', fixer: 'fixedByYou', own: false },
  { code: '70001', kind: 'app-approval', kindKey: 'appApproval', fixer: 'fixedByAdmin', own: false },
  { code: '50001', kind: 'app-setup', kindKey: 'appSetup', fixer: 'fixedByApp', own: false },
  { code: '20001', kind: 'organization-sign-in', kindKey: 'organizationSignIn', fixer: 'fixedByAdmin', own: false },
  { code: '50000', kind: 'service', kindKey: 'service', fixer: 'fixedByMicrosoft', own: false },
  // A seven-digit code no revision knows: the calm "unknown code" answer, still with the lookup link.
  { code: '7777777', kind: 'unknown', kindKey: 'unknown', fixer: 'fixedByUnknown', own: false },
];

const errorPage = (code: string) =>
  `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=00000000-0000-0000-0000-000000000000&response_type=code&__fixture=converged/error-code&__code=${code}`;

/** What the card's error section shows: its heading, kind, every paragraph's text, and its links. */
interface Shown {
  heading: string;
  kind: string | undefined;
  paragraphs: string[];
  links: { text: string; href: string }[];
}

const readError = (page: Page) =>
  inPanel<Shown | null>(
    page,
    `function () {
      const section = this.querySelector('section.error');
      if (!section) return null;
      return {
        heading: section.querySelector('h3')?.textContent ?? '',
        kind: section.querySelector('[data-error-kind]')?.getAttribute('data-error-kind') ?? undefined,
        paragraphs: [...section.querySelectorAll('p')].map((p) => p.textContent.trim()),
        links: [...section.querySelectorAll('a[href]')].map((a) => ({ text: a.textContent.trim(), href: a.href })),
      };
    }`,
  );

describe.each(locales)('in %s, error codes are explained offline', (locale) => {
  const t = translatorFor(locale);

  test(`${expected.length} codes on a converged error page: kind, plain words, who can fix it, the lookup link`, async () => {
    await chooseLanguage(locale);
    const page = await session.browser.context.newPage();
    const hostsBefore = session.server.requests.length;
    const wrong: string[] = [];
    for (const want of expected) {
      await page.goto(errorPage(want.code), { waitUntil: 'load' });
      await waitForPanel(page);
      await expect.poll(async () => (await readPanelHost(page)).attributes.errorCode).toBe(want.code);
      await openCard(page);
      await expect.poll(() => readError(page)).not.toBeNull();
      const shown = (await readError(page))!;
      const what = t(want.own ? dynamicKey('errors', `e${want.code}`, 'what') : dynamicKey('errorKind', want.kindKey, 'what'), {
        code: want.code,
      });
      const checks: [string, boolean][] = [
        ['heading', shown.heading === t('error.heading', { code: want.code })],
        ['kind', shown.kind === want.kind],
        ['kind title', shown.paragraphs.includes(t(dynamicKey('errorKind', want.kindKey, 'title')))],
        ['what happened', shown.paragraphs.includes(what)],
        ['who can fix it', shown.paragraphs.includes(t(`error.${want.fixer}`))],
        [
          'lookup link',
          shown.links.some(
            (link) =>
              link.href === `https://login.microsoftonline.com/error?code=${want.code}` &&
              link.text === t('error.lookup', { code: want.code }),
          ),
        ],
      ];
      for (const [what, ok] of checks) if (!ok) wrong.push(`${want.code} ${what}: ${JSON.stringify(shown)}`);
    }
    expect(wrong).toEqual([]);
    // Offline: no page of Microsoft's was asked but the sign-in page itself (no learn.microsoft.com, no lookup page);
    // Chromium's own background requests (googleapis.com) are not ours.
    const asked = session.server.requests.slice(hostsBefore).map((request) => ({ ...request, host: request.host.replace(/:\d+$/, '') }));
    const microsoft = asked.filter(({ host }) => /(^|\.)(microsoft\.com|microsoftonline\.com|live\.com|office\.com)$/.test(host));
    expect(microsoft.length).toBeGreaterThanOrEqual(expected.length);
    expect(microsoft.filter(({ host, path }) => host !== 'login.microsoftonline.com' || path.startsWith('/error'))).toEqual([]);
    await page.close();
  });
});

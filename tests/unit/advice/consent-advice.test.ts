import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { english } from '../../support/locales';
import { adviceFor } from '@/utils/advice';
import { knownPermissionOf, knownPermissions } from '@/utils/advice/consent-permissions';
import { helpFor } from '@/utils/help';
import { portalById } from '@/utils/portals';
import type { ConsentDetails } from '@/utils/steps/types';

const work = portalById('global-work')!;
const personal = portalById('personal-msa')!;
const consentHelp = (consent: ConsentDetails | undefined, portal = work, helpdeskName?: string) =>
  helpFor(portal, { step: 'consent', ...(consent ? { consent } : {}) }, { t: english, ...(helpdeskName ? { helpdeskName } : {}) })
    .advice[0]!;

describe('the table of known permissions is tidy', () => {
  test('sorted by scope, each scope once, wordings lower case, trimmed and never shared', () => {
    const scopes = knownPermissions.map((permission) => permission.scope);
    expect(scopes).toEqual([...scopes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(scopes.map((scope) => scope.toLowerCase())).size).toBe(scopes.length);
    const wordings = knownPermissions.flatMap((permission) => permission.wordings);
    expect(new Set(wordings).size).toBe(wordings.length);
    for (const wording of wordings) expect(wording).toBe(wording.toLowerCase().trim());
  });

  test('every plain-words key has its English text', () => {
    for (const { words } of knownPermissions) expect(english(`advice.consent.permission.${words}`)).not.toContain('advice.');
  });
});

describe('a permission line is known by its wording or its scope name, and nothing else', () => {
  test.each([
    ['Read your mail', 'Mail.Read', 'mail'],
    ['read user mail ', 'Mail.Read', 'mail'],
    ['Read and write access to your mail', 'Mail.ReadWrite', 'mail'],
    ['Send mail as you', 'Mail.Send', 'mail'],
    ['Maintain access to data you have given it access to', 'offline_access', 'offline'],
    ['Sign you in and read your profile', 'User.Read', 'profile'],
    ['Have full access to all files you have access to', 'Files.ReadWrite.All', 'files'],
    ['Read items in all site collections', 'Sites.Read.All', 'files'],
    ['Read directory data', 'Directory.Read.All', 'directory'],
    ['Read your mail Allows the app to read email in your mailbox.', 'Mail.Read', 'mail'],
    ['Lesen Ihrer E-Mails (Mail.Read)', 'Mail.Read', 'mail'],
    ['offline_access', 'offline_access', 'offline'],
    ['email', 'email', 'profile'],
  ])('%s', (line, scope, risk) => {
    expect(knownPermissionOf(line)).toMatchObject({ scope, risk });
  });

  test.each([['Read your mailbox settings'], ['Read your email'], ['Keep access to data you have given it access to'], ['Files'], ['']])(
    'not known: %s',
    (line) => {
      expect(knownPermissionOf(line)).toBeUndefined();
    },
  );

  test('any text: an answer from the table or none, never an exception', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        (line) => void expect([undefined, ...knownPermissions]).toContain(knownPermissionOf(line)),
      ),
    );
  });
});

describe('consent help shows the app as the page shows it, then what to do', () => {
  const unverifiedMail: ConsentDetails = {
    app: 'Inbox Summary Pro',
    publisherState: 'unverified',
    permissions: ['Sign you in and read your profile', 'Read your mail', 'Maintain access to data you have given it access to'],
  };

  test('an unverified app asking for mail and lasting access: app, state, plain words, and the trap named with the helpdesk', () => {
    const advice = consentHelp(unverifiedMail, work, 'Contoso IT');
    expect(advice.facts).toEqual([
      'App: Inbox Summary Pro',
      'Publisher: not verified',
      'May see your name, email address and basic profile',
      'May read your email',
      "May keep this access when you're not using it, until you remove it",
    ]);
    expect(advice.alert).toBe(
      "This app's publisher is not verified and it asks for your mail, lasting access. That is the classic consent-phishing trap: choose Cancel and contact Contoso IT.",
    );
    expect(advice.body).toContain('contact Contoso IT');
  });

  test('on a personal account the trap is named without an IT desk', () => {
    const advice = consentHelp(unverifiedMail, personal);
    expect(advice.alert).toBe(
      "This app's publisher is not verified and it asks for your mail, lasting access. That is how consent phishing takes an account without a password: choose Cancel.",
    );
  });

  test('a verified publisher asking to sign you in: named as verified, no alarm', () => {
    const advice = consentHelp({
      app: 'Fabrikam Timesheets',
      publisher: 'Fabrikam, Inc.',
      publisherState: 'verified',
      permissions: ['Sign you in and read your profile'],
    });
    expect(advice.facts).toEqual([
      'App: Fabrikam Timesheets',
      'Publisher: Fabrikam, Inc., verified by Microsoft',
      'May see your name, email address and basic profile',
    ]);
    expect(advice.alert).toBeUndefined();
  });

  test('a verified publisher asking for files is not called a trap; an unverified one asking only for the profile is not either', () => {
    expect(
      consentHelp({ publisherState: 'verified', permissions: ['Have full access to all files you have access to'] }).alert,
    ).toBeUndefined();
    expect(consentHelp({ publisherState: 'unverified', permissions: ['Sign you in and read your profile'] }).alert).toBeUndefined();
    expect(consentHelp({ publisherState: 'unverified', permissions: ['Read all files that you have access to'] }).alert).toContain(
      'your files',
    );
  });

  test('a line the table does not know is shown as the page words it, once; a publisher without a state is just named', () => {
    const advice = consentHelp({ publisher: 'contoso.example', permissions: ['Use the Widget API', 'Use the Widget API'] });
    expect(advice.facts).toEqual(['Publisher: contoso.example', 'Asks: Use the Widget API']);
  });

  test('with nothing read, the help is the general one, as before', () => {
    const advice = consentHelp(undefined);
    expect(advice.facts).toBeUndefined();
    expect(advice.alert).toBeUndefined();
    expect(advice).toEqual(adviceFor('consent', work, { t: english })[0]);
  });
});

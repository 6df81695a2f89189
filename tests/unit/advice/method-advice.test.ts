import { describe, expect, test } from 'vitest';
import { english } from '../../support/locales';
import { adviceFor } from '@/utils/advice';
import { portalById } from '@/utils/portals';
import type { MethodId } from '@/utils/steps/types';

const portal = (id: string) => portalById(id)!;
const shown = (id: string, method?: MethodId, step: 'verification' | 'security-setup' = 'verification', helpdeskName?: string) =>
  adviceFor(step, portal(id), { t: english, now: new Date('2026-12-02T12:00:00Z'), ...(helpdeskName ? { helpdeskName } : {}) }, method);
const text = (...args: Parameters<typeof shown>) =>
  shown(...args)
    .map((item) => `${item.title} ${item.body}`)
    .join(' ');

describe('the advice fits the method on screen', () => {
  test('number match: type the number into Authenticator; never approve what you did not start, and tell IT (work)', () => {
    expect(shown('global-work', 'number-match').map((item) => item.id)).toEqual(['number-match']);
    expect(text('global-work', 'number-match')).toMatch(/type the number shown here/);
    expect(text('global-work', 'number-match')).toMatch(/Never approve a request you didn't start/);
    expect(text('global-work', 'number-match', 'verification', 'Contoso IT')).toContain('contact Contoso IT');
    expect(text('personal-msa', 'number-match')).toMatch(/change your password/);
    expect(text('global-work', 'number-match')).not.toMatch(/Code didn't arrive/);
  });

  test('an app notification that does not come: open the app, the phone’s time, another method', () => {
    const words = text('usgov', 'app-notification');
    for (const part of [/Open the Authenticator app/, /time is set automatically/, /sign in another way/]) expect(words).toMatch(part);
  });

  test('a passkey: what it is, where it lives, the QR code, and why a work account may refuse one', () => {
    expect(text('global-work', 'passkey')).toMatch(/face, fingerprint or PIN/);
    expect(text('global-work', 'passkey')).toMatch(/QR code/);
    expect(text('global-work', 'passkey')).toMatch(/may accept only some passkeys/);
    expect(text('personal-msa', 'passkey')).toMatch(/password manager/);
  });

  test('asked to create a passkey: what happens and how long skipping lasts (a day by default, up to 14)', () => {
    expect(shown('global-work', 'passkey', 'security-setup').map((item) => item.id)).toEqual(['passkey-setup', 'security-setup']);
    expect(text('global-work', 'passkey', 'security-setup')).toMatch(/a day by default; your organization can allow up to 14 days/);
  });

  test('the list of methods, a call, a certificate: each its own help', () => {
    expect(shown('china-21vianet', 'choose').map((item) => item.id)).toEqual(['choose-method']);
    expect(text('global-work', 'phone-call')).toMatch(/# key/);
    expect(text('global-work', 'certificate')).toMatch(/smart card/);
  });

  test('a Temporary Access Pass: type it as given, it runs out, set up a method while it lasts, a new one from the helpdesk', () => {
    expect(shown('global-work', 'access-pass').map((item) => item.id)).toEqual(['access-pass']);
    const words = text('global-work', 'access-pass', 'verification', 'Contoso IT');
    for (const part of [/exactly as given/, /limited time and may work only once/, /set up a way to sign in/, /contact Contoso IT/]) {
      expect(words).toMatch(part);
    }
    expect(words).not.toMatch(/Code didn't arrive|Forgot/);
  });

  test('a method the reader does not know: general verification help, never a method’s advice', () => {
    expect(shown('usgov').map((item) => item.id)).toEqual(['verification-general']);
  });
});

describe('the new steps', () => {
  test('device code: only for a device of your own you just started, and why a sent code is a trick', () => {
    const words = adviceFor('device-code', portal('global-work'), { t: english })
      .map((item) => item.body)
      .join(' ');
    expect(words).toMatch(/If someone sent you a code, close this page/);
  });

  test('one address, two accounts: which to choose', () => {
    expect(adviceFor('account-picker', portal('global-work'), { t: english })[0]!.body).toMatch(
      /work or school account and a personal Microsoft account/,
    );
  });

  test('personal accounts may have no password: the personal pages say so, work pages do not', () => {
    expect(adviceFor('password', portal('personal-msa'), { t: english }).map((item) => item.id)).toContain('passwordless');
    expect(adviceFor('password', portal('global-work'), { t: english }).map((item) => item.id)).not.toContain('passwordless');
    expect(adviceFor('account', portal('personal-msa'), { t: english }).find((item) => item.id === 'passwordless')!.body).toMatch(
      /resetting a password is not the way in/,
    );
  });
});

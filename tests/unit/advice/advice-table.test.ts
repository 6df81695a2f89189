import { describe, expect, test } from 'vitest';
import { english } from '../../support/locales';
import { adviceFor, adviceByStep } from '@/utils/advice';
import { accountPortals, signInPortals } from '@/utils/portals';
import { stepIds } from '@/utils/steps';

/** Domains our links may point to: Microsoft's own. */
const allowedHosts =
  /^(account\.live\.com|account\.microsoft\.com|support\.microsoft\.com|learn\.microsoft\.com|go\.microsoft\.com|passwordreset\.microsoftonline\.(com|us)|passwordreset\.activedirectory\.windowsazure\.cn|mysignins\.microsoft\.com|mysignins\.azure\.us|www\.microsoft365\.com|portal\.partner\.microsoftonline\.cn|portal\.office365\.us|login\.microsoftonline\.com)$/;

describe('every step on every portal gets useful advice', () => {
  test('the table covers every step', () => {
    expect(Object.keys(adviceByStep).sort()).toEqual([...stepIds].sort());
  });

  for (const step of stepIds) {
    for (const portal of [...signInPortals, ...accountPortals]) {
      test(`${step} on ${portal.id} (${portal.cloud}, ${portal.account})`, () => {
        const advice = adviceFor(step, portal, { t: english });
        expect(advice.length).toBeGreaterThan(0);
        expect(advice.flatMap((item) => item.links).length).toBeGreaterThan(0);
        for (const item of advice) {
          expect(item.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
          expect(item.title.length).toBeGreaterThan(3);
          expect(item.body.length).toBeLessThanOrEqual(item.id.startsWith('after-') ? 420 : 260); // the checklist is a list
          for (const link of item.links) {
            const url = new URL(link.url);
            expect(url.protocol, link.url).toBe('https:');
            expect(url.hostname, link.url).toMatch(allowedHosts);
          }
        }
        expect(new Set(advice.map((item) => item.id)).size).toBe(advice.length);
      });
    }
  }
});

describe('advice says what a person would need', () => {
  const byId = (id: string) => signInPortals.find((portal) => portal.id === id)!;
  const resetUrl = (portalId: string) =>
    adviceFor('password', byId(portalId), { t: english }).find((item) => item.id === 'password-reset')!.links[0]!.url;

  test('on the personal password page, the reset goes to account.live.com', () => {
    expect(new URL(resetUrl('personal-msa')).hostname).toBe('account.live.com');
  });

  test('on work pages, the reset is that cloud’s self-service reset and says to contact the admin', () => {
    expect(resetUrl('global-work')).toBe('https://passwordreset.microsoftonline.com/');
    expect(resetUrl('usgov')).toBe('https://passwordreset.microsoftonline.us/');
    expect(resetUrl('china-21vianet')).toBe('https://passwordreset.activedirectory.windowsazure.cn/');
    expect(resetUrl('germany-retired')).toBe('https://passwordreset.microsoftonline.com/'); // moved to worldwide
    const body = adviceFor('password', byId('global-work'), { t: english })[0]!.body;
    expect(body).toMatch(/contact your admin/i);
    expect(body).toMatch(/IT desk if you don't know who that is/);
  });

  test('when the organization names its helpdesk, work advice says to contact it instead of "your admin"', () => {
    const context = { t: english, helpdeskName: 'Contoso Service Desk' };
    for (const step of ['password', 'locked', 'error'] as const) {
      const text = adviceFor(step, byId('global-work'), context)
        .map((item) => item.body)
        .join(' ');
      expect(text, step).toContain('contact Contoso Service Desk');
      expect(text, step).not.toMatch(/contact your admin/);
    }
  });

  test('at a verification code: work pages link the work or school article, personal pages the personal one and the Sign-in helper', () => {
    const urls = (id: string) =>
      adviceFor('verification', byId(id), { t: english }, 'code').flatMap((item) => item.links.map((link) => link.url));
    for (const id of ['global-work', 'usgov', 'china-21vianet', 'germany-retired']) {
      expect(urls(id), id).toContain('https://support.microsoft.com/topic/63acbb9b-16a1-47b9-8619-6a865e8071a5');
      expect(urls(id), id).not.toContain('https://go.microsoft.com/fwlink/?linkid=2300860'); // the Sign-in helper is for personal accounts
      expect(urls(id), id).not.toContain('https://support.microsoft.com/topic/409090c4-92b5-42b9-8ae6-bcc97e62fc48');
    }
    expect(urls('personal-msa')).toEqual([
      'https://support.microsoft.com/topic/409090c4-92b5-42b9-8ae6-bcc97e62fc48',
      'https://go.microsoft.com/fwlink/?linkid=2300860',
    ]);
  });

  test('the password step warns that personal and work accounts are separate, passwords too', () => {
    for (const portal of signInPortals) {
      const kind = adviceFor('password', portal, { t: english }).find((item) => item.id === 'account-kind')!;
      expect(kind.body).toMatch(/separate account/);
      expect(kind.body).toMatch(/changing one password does not change the other/);
    }
  });

  test('after a change, the checklist: this account only, phone mail and Teams, desktop Outlook, password manager, other computers, Wi-Fi or VPN', () => {
    const after = adviceFor('password-change', byId('global-work'), { t: english }).find((item) => item.id === 'after-reset')!;
    for (const part of [
      /this account only/,
      /personal Microsoft account and a work or school account are separate/,
      /Teams on your phone/,
      /desktop Outlook/,
      /password manager's entry/,
      /other computers/,
      /Wi-Fi or VPN/,
      /sign in again/,
    ]) {
      expect(after.body).toMatch(part);
    }
  });
});

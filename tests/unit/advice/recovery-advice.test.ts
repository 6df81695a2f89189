import { describe, expect, test } from 'vitest';
import { english } from '../../support/locales';
import { adviceFor } from '@/utils/advice';
import { portalById } from '@/utils/portals';

const portal = (id: string) => portalById(id)!;
const ids = (step: Parameters<typeof adviceFor>[0], portalId: string, justChangedPassword = false) =>
  adviceFor(step, portal(portalId), { t: english, justChangedPassword }).map((item) => item.id);
const text = (step: Parameters<typeof adviceFor>[0], portalId: string, helpdeskName?: string) =>
  adviceFor(step, portal(portalId), { t: english, ...(helpdeskName ? { helpdeskName } : {}) })
    .map((item) => `${item.title} ${item.body}`)
    .join(' ');

describe('reset and recovery pages get the help of their moment', () => {
  test('who are you: the work page says which address to type, the personal page where work accounts reset', () => {
    expect(text('reset-account', 'global-work-reset')).toMatch(/address you sign in with at work or school/);
    const personal = adviceFor('reset-account', portal('personal-recovery'), { t: english })[0]!;
    expect(personal.links.map((link) => link.url)).toEqual(['https://passwordreset.microsoftonline.com/']);
    const work = adviceFor('reset-account', portal('usgov-work-reset'), { t: english })[0]!;
    expect(work.links.map((link) => link.url)).toEqual(['https://account.live.com/password/reset']);
  });

  test('prove it is you: only methods registered earlier; otherwise the admin, named by policy', () => {
    expect(text('reset-verify', 'global-work-reset')).toMatch(/Only the methods you registered earlier/);
    expect(text('reset-verify', 'china-work-reset', 'Contoso IT')).toContain('contact Contoso IT');
    expect(text('reset-verify', 'personal-recovery')).toMatch(/recovery form/);
  });

  test('cannot reset here: what it means, and who can', () => {
    expect(text('reset-unavailable', 'global-work-reset')).toMatch(/isn't turned on for your account/);
    expect(text('reset-unavailable', 'global-work-reset')).toMatch(/Only your admin can reset it/);
  });

  test('the new password: the rule in a sentence; the recovery form: details, device, 24 hours', () => {
    expect(text('reset-new-password', 'usgov-work-reset')).toMatch(/8 to 256 characters/);
    expect(text('recovery-form', 'personal-recovery')).toMatch(/24 hours/);
    expect(text('recovery-form', 'personal-recovery')).toMatch(/device and network you have used/);
  });

  test('done: the after-change checklist; after a completed change on the login page it comes first', () => {
    expect(ids('reset-done', 'global-work-reset')).toEqual(['after-change']);
    expect(ids('stay-signed-in', 'global-work', true)).toEqual(['after-change', 'stay-signed-in']);
    expect(ids('stay-signed-in', 'global-work', false)).toEqual(['stay-signed-in']);
    expect(ids('reset-done', 'personal-recovery', true)).toEqual(['after-change']); // once, not twice
  });

  test('a reset page the reader does not know gets general reset help for that cloud, never a guessed step', () => {
    expect(ids('unknown', 'china-work-reset')).toEqual(['password-reset', 'reset-verify']);
    const reset = adviceFor('unknown', portal('china-work-reset'), { t: english })[0]!;
    expect(reset.links[0]!.url).toBe('https://passwordreset.activedirectory.windowsazure.cn/');
    expect(ids('unknown', 'global-security-info')).toEqual(['security-info', 'security-setup']);
  });
});

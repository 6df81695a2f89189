import { describe, expect, test } from 'vitest';
import { english } from '../../support/locales';
import { adviceByMethod, adviceFor } from '@/utils/advice';
import { adminTopics } from '@/utils/admin/topics';
import { helpTopics } from '@/utils/help-center/topics';
import { links } from '@/utils/links';
import { accountPortals, signInPortals } from '@/utils/portals';
import { stepIds } from '@/utils/steps';
import type { MethodId } from '@/utils/steps/types';

/** Every address written for administrators, by its registry name (hash parts kept: the bulk reset is an anchor). */
const forAdministrators = new Map(
  Object.entries(links)
    .filter(([, link]) => link.audience === 'administrators')
    .map(([name, link]) => [link.url, name]),
);
const portals = [...signInPortals, ...accountPortals];
const methods = Object.keys(adviceByMethod) as MethodId[];

/** Every link an end-user step can show: each step on each portal, each verification method, with and without a changed password. */
function endUserAdviceLinks(): { where: string; url: string }[] {
  const found: { where: string; url: string }[] = [];
  for (const portal of portals) {
    for (const justChangedPassword of [false, true]) {
      const context = { t: english, justChangedPassword };
      for (const step of stepIds) {
        for (const item of adviceFor(step, portal, context)) {
          for (const link of item.links) found.push({ where: `${step}/${item.id} on ${portal.id}`, url: link.url });
        }
      }
      for (const method of methods) {
        for (const item of adviceFor('verification', portal, context, method)) {
          for (const link of item.links) found.push({ where: `verification:${method}/${item.id} on ${portal.id}`, url: link.url });
        }
      }
    }
  }
  return found;
}

describe('links are shown to the people they are written for', () => {
  test('every link says who it is written for', () => {
    for (const [name, link] of Object.entries(links)) {
      expect(['everyone', 'administrators', 'developers'], name).toContain(link.audience);
    }
  });

  test('Microsoft Learn admin docs, admin centers and the Entra admin center are marked for administrators', () => {
    // Written out, not derived: the pages Learn files under admin docs, and the admin portals.
    for (const name of [
      'accountBlocked',
      'adminBulkReset',
      'adminCenterDod',
      'adminCenterGccHigh',
      'adminCenterWorldwide',
      'adminRoles',
      'entraChina',
      'entraUsgov',
      'entraWorldwide',
      'leastPrivilegedRoles',
      'passwordExpirationPolicy',
      'resetPasswords',
    ] as const) {
      expect(links[name].audience, name).toBe('administrators');
    }
  });

  test('no end-user step’s advice links a page written for administrators', () => {
    const found = endUserAdviceLinks();
    expect(found.length).toBeGreaterThan(100); // the walk reached the table
    const adminOnly = found.filter(({ url }) => forAdministrators.has(url));
    expect(adminOnly).toEqual([]);
  });

  test('no help-center topic (the popup, for everyone) links a page written for administrators', () => {
    const urls = helpTopics({ t: english }).flatMap((topic) => topic.links.map((link) => link.url));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => forAdministrators.has(url))).toEqual([]);
  });

  test('the admin corner still links its admin pages', () => {
    const urls = new Set(adminTopics.flatMap((topic) => topic.links.map((link) => link.url)));
    expect(urls).toContain(links.resetPasswords.url);
    expect(urls).toContain(links.adminRoles.url);
  });

  test('the work reset and passkey help for people signing in are Microsoft’s end-user pages, not Learn’s admin docs', () => {
    expect(links.workResetHowTo.url).toBe(
      'https://support.microsoft.com/account-billing/reset-your-work-or-school-password-using-security-info-23dde81f-08bb-4776-ba72-e6b72b9dda9e',
    );
    expect(links.workResetHowTo.url).not.toContain('concept-sspr-howitworks');
    expect(links.workPasskeys.url).not.toContain('concept-authentication-passkeys-fido2');
    expect(links.personalPasskeys.url).toMatch(/^https:\/\/support\.microsoft\.com\/.*09a49a86-ca47-406c-8acc-ed0e3c852c6d$/);
  });
});

import type { SourcedLink } from '@/utils/portals/types';

/** A link under an admin topic; its label is in the locale files under `admin.links.<id>`. */
export interface AdminTopicLink extends SourcedLink {
  /** camelCase, letters and digits only: the label key. The same id always means the same link. */
  readonly id: string;
}

/** An admin-corner topic: facts only; titles and prose live in the locale files under admin.<camelId>.* */
export interface AdminTopic {
  /** Stable id, kebab-case (`bulk-reset` → `admin.bulkReset.title`). */
  readonly id: string;
  /** Where to read more or act, each with the page that documents it. */
  readonly links: readonly AdminTopicLink[];
}

// Public pages checked on 2026-11-25; each note says which fact the page carries.
const pages = {
  /**
   * Users > Active users > Reset password; bulk resets at most 40 users at a time; since 30 August 2024 the admin
   * center no longer emails account details and passwords: print them to a PDF and hand them over securely.
   */
  resetPasswords: 'https://learn.microsoft.com/en-us/microsoft-365/admin/add-users/reset-passwords',
  /** Passwords never expire by default; an expiry is 14 to 730 days, under Org settings > Security & privacy. */
  passwordExpiration: 'https://learn.microsoft.com/en-us/microsoft-365/admin/manage/set-password-expiration-policy',
  /**
   * A locked user can wait 15 minutes; an admin unblocks sign-in under Users > Active users; the only admin,
   * locked out, calls Microsoft 365 support (global customer service phone numbers).
   */
  accountBlocked:
    'https://learn.microsoft.com/en-us/troubleshoot/microsoft-365/admin/access-management/account-blocked-error-when-sign-in',
  /**
   * Assign the least permissive role (Password admin or Helpdesk admin for password resets, not Global admin); only
   * Global admins unblock another Global admin; another Global admin or a Privileged Authentication admin resets a
   * Global admin's password.
   */
  adminRoles: 'https://learn.microsoft.com/en-us/microsoft-365/admin/add-users/about-admin-roles',
  /** The least privileged Microsoft Entra role for each task. */
  leastPrivilegedRoles: 'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/delegate-by-task',
} as const;

const resetPasswords: AdminTopicLink = {
  id: 'resetPasswords',
  url: pages.resetPasswords,
  source: pages.resetPasswords,
};
const adminRoles: AdminTopicLink = { id: 'adminRoles', url: pages.adminRoles, source: pages.adminRoles };

/** The admin corner's topics, in the order an admin needs them: reset, hand over, set policy, recover, delegate. */
export const adminTopics: readonly AdminTopic[] = [
  { id: 'reset-password', links: [resetPasswords] },
  {
    id: 'bulk-reset',
    links: [
      {
        id: 'resetEveryonesPasswords',
        url: `${pages.resetPasswords}#reset-all-business-passwords-for-everyone-in-your-organization-at-the-same-time`,
        source: pages.resetPasswords,
      },
    ],
  },
  { id: 'share-credentials', links: [resetPasswords] },
  {
    id: 'password-expiration',
    links: [{ id: 'passwordExpirationPolicy', url: pages.passwordExpiration, source: pages.passwordExpiration }],
  },
  {
    id: 'unblock-admin',
    links: [
      { id: 'accountBlocked', url: pages.accountBlocked, source: pages.accountBlocked },
      adminRoles,
      {
        id: 'supportPhoneNumbers',
        url: 'https://support.microsoft.com/topic/global-customer-service-phone-numbers-c0389ade-5640-e588-8b0e-28de8afeb3f2',
        source: pages.accountBlocked,
      },
    ],
  },
  {
    id: 'least-privilege',
    links: [
      adminRoles,
      { id: 'leastPrivilegedRoles', url: pages.leastPrivilegedRoles, source: pages.leastPrivilegedRoles },
    ],
  },
];

import { links, type SourcedLink } from '@/utils/links';

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

const resetPasswords: AdminTopicLink = { id: 'resetPasswords', ...links.resetPasswords };
const adminRoles: AdminTopicLink = { id: 'adminRoles', ...links.adminRoles };

/** The admin corner's topics, in the order an admin needs them: reset, hand over, set policy, recover, delegate. */
export const adminTopics: readonly AdminTopic[] = [
  { id: 'reset-password', links: [resetPasswords] },
  {
    id: 'bulk-reset',
    links: [{ id: 'resetEveryonesPasswords', ...links.adminBulkReset }],
  },
  { id: 'share-credentials', links: [resetPasswords] },
  {
    id: 'password-expiration',
    links: [{ id: 'passwordExpirationPolicy', ...links.passwordExpirationPolicy }],
  },
  {
    id: 'unblock-admin',
    links: [{ id: 'accountBlocked', ...links.accountBlocked }, adminRoles, { id: 'supportPhoneNumbers', ...links.supportPhoneNumbers }],
  },
  {
    id: 'least-privilege',
    links: [adminRoles, { id: 'leastPrivilegedRoles', ...links.leastPrivilegedRoles }],
  },
];

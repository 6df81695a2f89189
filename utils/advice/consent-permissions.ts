/**
 * What a permission on a consent page risks: `mail`, `files` (OneDrive and SharePoint), `offline` (access that lasts
 * after the person leaves), `directory` (the organization's people and groups), `contacts`, `calendars`, `profile`
 * (signing in, name and address).
 */
export type PermissionRisk = 'calendars' | 'contacts' | 'directory' | 'files' | 'mail' | 'offline' | 'profile';

/** The risks that make an unverified app the classic consent-phishing trap. */
export const trapRisks: ReadonlySet<PermissionRisk> = new Set<PermissionRisk>(['files', 'mail', 'offline']);

/** The plain words of a permission: keys under `advice.consent.permission` in the locale files. */
export type PermissionWords =
  | 'calendarsChange'
  | 'calendarsRead'
  | 'contactsChange'
  | 'contactsRead'
  | 'directoryChange'
  | 'directoryRead'
  | 'filesChange'
  | 'filesRead'
  | 'mailChange'
  | 'mailRead'
  | 'mailSend'
  | 'offline'
  | 'profile'
  | 'signIn'
  | 'sitesChange'
  | 'sitesRead';

/** One well-known Microsoft Graph delegated permission: its name, what it risks, its plain words, how pages word it. */
export interface KnownPermission {
  /** The permission's name (scope), e.g. `Mail.Read`. */
  readonly scope: string;
  readonly risk: PermissionRisk;
  /** The key of its plain words under `advice.consent.permission`. */
  readonly words: PermissionWords;
  /** How consent pages word it in English, lower case: the user-consent and the admin-consent display names. */
  readonly wordings: readonly string[];
}

/*
 * Names and wordings from Microsoft Graph's permissions (Learn: https://learn.microsoft.com/en-us/graph/permissions-reference,
 * "DisplayText" of each delegated permission, the admin wording) and the user-consent wording of the same scopes on
 * the Microsoft Graph service principal (`oauth2PermissionScopes[].userConsentDisplayName`, as public dumps of it
 * show), checked 2026-12-08. Only English wordings are known; on a page in another language a line matches only by
 * its scope name, and otherwise is shown as the page wrote it, with no risk named.
 */
/** The table, sorted by scope (a test checks order, uniqueness and lower-case wordings). */
export const knownPermissions: readonly KnownPermission[] = [
  { scope: 'Calendars.Read', risk: 'calendars', words: 'calendarsRead', wordings: ['read your calendars', 'read user calendars'] },
  {
    scope: 'Calendars.ReadWrite',
    risk: 'calendars',
    words: 'calendarsChange',
    wordings: ['have full access to your calendars', 'have full access to user calendars'],
  },
  { scope: 'Contacts.Read', risk: 'contacts', words: 'contactsRead', wordings: ['read your contacts', 'read user contacts'] },
  {
    scope: 'Contacts.ReadWrite',
    risk: 'contacts',
    words: 'contactsChange',
    wordings: ['have full access of your contacts', 'have full access to your contacts', 'have full access to user contacts'],
  },
  {
    scope: 'Directory.AccessAsUser.All',
    risk: 'directory',
    words: 'directoryChange',
    wordings: ['access the directory as you', 'access directory as the signed in user'],
  },
  { scope: 'Directory.Read.All', risk: 'directory', words: 'directoryRead', wordings: ['read directory data'] },
  { scope: 'Directory.ReadWrite.All', risk: 'directory', words: 'directoryChange', wordings: ['read and write directory data'] },
  { scope: 'Files.Read', risk: 'files', words: 'filesRead', wordings: ['read your files', 'read user files'] },
  {
    scope: 'Files.Read.All',
    risk: 'files',
    words: 'filesRead',
    wordings: ['read all files that you have access to', 'read all files that user can access', 'read files that user can access'],
  },
  {
    scope: 'Files.ReadWrite',
    risk: 'files',
    words: 'filesChange',
    wordings: ['have full access to your files', 'have full access to user files'],
  },
  {
    scope: 'Files.ReadWrite.All',
    risk: 'files',
    words: 'filesChange',
    wordings: ['have full access to all files you have access to', 'have full access to all files user can access'],
  },
  { scope: 'Mail.Read', risk: 'mail', words: 'mailRead', wordings: ['read your mail', 'read user mail'] },
  {
    scope: 'Mail.ReadWrite',
    risk: 'mail',
    words: 'mailChange',
    wordings: ['read and write access to your mail', 'read and write access to user mail'],
  },
  { scope: 'Mail.Send', risk: 'mail', words: 'mailSend', wordings: ['send mail as you', 'send mail as a user'] },
  { scope: 'Sites.Read.All', risk: 'files', words: 'sitesRead', wordings: ['read items in all site collections'] },
  { scope: 'Sites.ReadWrite.All', risk: 'files', words: 'sitesChange', wordings: ['edit or delete items in all site collections'] },
  {
    scope: 'User.Read',
    risk: 'profile',
    words: 'profile',
    wordings: ['sign you in and read your profile', 'sign in and read user profile'],
  },
  { scope: 'email', risk: 'profile', words: 'profile', wordings: ['view your email address', "view users' email address"] },
  {
    scope: 'offline_access',
    risk: 'offline',
    words: 'offline',
    wordings: ['maintain access to data you have given it access to', "access user's data anytime"],
  },
  { scope: 'openid', risk: 'profile', words: 'signIn', wordings: ['sign in as you', 'sign you in', 'sign users in'] },
  { scope: 'profile', risk: 'profile', words: 'profile', wordings: ['view your basic profile', "view users' basic profile"] },
];

const byWording = new Map(knownPermissions.flatMap((permission) => permission.wordings.map((wording) => [wording, permission] as const)));
/** Longest wordings first, so "read and write access to your mail" wins over a shorter one it starts with. */
const wordingsByLength = [...byWording.keys()].sort((a, b) => b.length - a.length);
const byScope = new Map(knownPermissions.map((permission) => [permission.scope.toLowerCase(), permission]));
/** A scope name in a line: dotted (`mail.read`) or with an underscore (`offline_access`); bare words are too common. */
const scopeToken = /(?:^|[\s("'`])([a-z]+(?:\.[a-z]+){1,3}|[a-z]+_[a-z]+)(?=$|[\s)"'`,.;:])/g;

/**
 * The known permission a line on a consent page names: by its wording (the whole line, or the line starting with it
 * and followed by its description), else by a scope name written in it (`Mail.Read`). `undefined` for any other line.
 */
export function knownPermissionOf(line: string): KnownPermission | undefined {
  if (typeof line !== 'string') return undefined;
  const plain = line.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 200);
  const exact = byWording.get(plain.replace(/[.:;,]+$/, '')) ?? byScope.get(plain);
  if (exact) return exact;
  const start = wordingsByLength.find((wording) => plain.startsWith(wording) && !/[a-z0-9]/.test(plain.charAt(wording.length)));
  if (start) return byWording.get(start);
  for (const [, token] of plain.matchAll(scopeToken)) {
    const known = byScope.get(token!);
    if (known) return known;
  }
  return undefined;
}

import { personalAccountHome, workMyAccount } from './account-entry';
import { china } from './china';
import { germany } from './germany';
import { global } from './global';
import { officeChina, officeGlobal, officeUsGov } from './office-entry';
import { personal } from './personal';
import { personalRecovery } from './personal-recovery';
import { chinaSecurityInfo, globalSecurityInfo, usgovSecurityInfo } from './security-info';
import type { AccountKind, Cloud, Portal } from './types';
import { usgov } from './usgov';
import { chinaWorkReset, globalWorkReset, usgovWorkReset } from './work-reset';

export type * from './types';

/** Every portal the extension knows, sorted by id; adding a portal is one import and one line here. */
export const portals: readonly Portal[] = [
  china,
  chinaSecurityInfo,
  chinaWorkReset,
  germany,
  globalSecurityInfo,
  global,
  globalWorkReset,
  officeChina,
  officeGlobal,
  officeUsGov,
  personalAccountHome,
  personal,
  personalRecovery,
  usgov,
  usgovSecurityInfo,
  usgovWorkReset,
  workMyAccount,
];

/** The portals whose pages are sign-in pages, where the in-page panel runs. */
export const signInPortals: readonly Portal[] = portals.filter((portal) => portal.role === 'sign-in');

/** The sign-in hostnames, sorted: where the sign-in content script runs. */
export const signInHosts: readonly string[] = signInPortals.flatMap((portal) => portal.hosts).sort();

/** Manifest match patterns for the sign-in hosts (https only, any path). */
export const signInMatchPatterns: string[] = signInHosts.map((host) => `https://${host}/*`);

/** The portals of account pages: password reset, account recovery and security info. */
export const accountPortals: readonly Portal[] = portals.filter((portal) => portal.role === 'recovery' || portal.role === 'security-info');

/** Manifest match patterns for the account pages' hosts, where the account-pages content script runs. */
export const accountPageMatchPatterns: string[] = accountPortals
  .flatMap((portal) => portal.hosts)
  .sort()
  .map((host) => `https://${host}/*`);

/** Every hostname where the panel runs: sign-in and account pages (never entry portals). */
export const panelHosts: readonly string[] = [...signInPortals, ...accountPortals].flatMap((portal) => portal.hosts).sort();

const signInPortalOf = new Map(signInPortals.map((portal) => [`${portal.cloud}|${portal.account}`, portal]));

/**
 * The sign-in portal for a cloud and account kind: where that cloud's work or school accounts sign in. Personal
 * Microsoft accounts exist only worldwide, so `personal` gives the personal portal whatever the cloud.
 */
export function portalFor(cloud: Cloud, account: AccountKind = 'work'): Portal {
  return (account === 'personal' ? signInPortalOf.get('global|personal') : signInPortalOf.get(`${cloud}|work`)) ?? global;
}

/** The portal with this id, if there is one. */
export function portalById(id: string): Portal | undefined {
  return portals.find((portal) => portal.id === id);
}

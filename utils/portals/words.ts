import { dynamicKey, keyPart, type Translate } from '../i18n/translate';
import type { Portal } from './types';

/** What people call a portal, in their language (locale key `portal.<id>.name`). */
export function portalName(portal: Portal, t: Translate): string {
  return t(dynamicKey('portal', keyPart(portal.id), 'name'), { host: portal.hosts[0] ?? '' });
}

/** "This is you if…" for a portal, in the person's language (locale key `portal.<id>.audience`). */
export function portalAudience(portal: Portal, t: Translate): string {
  return t(dynamicKey('portal', keyPart(portal.id), 'audience'));
}

/** The portal in a few words, for the panel's chip: "Worldwide · work or school" (locale key `portal.<id>.short`). */
export function portalShortName(portal: Portal, t: Translate): string {
  return t(dynamicKey('portal', keyPart(portal.id), 'short'));
}

/** The kind of account that signs in on a portal, in the singular: "Work or school account". */
export function accountKindName(portal: Portal, t: Translate): string {
  return t(portal.account === 'work' ? 'account.one.work' : 'account.one.personal');
}

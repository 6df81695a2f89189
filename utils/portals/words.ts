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

import type { Translate } from '../i18n/translate';
import type { Cloud } from './types';

/** Toolbar badge text for each cloud (shown on Microsoft's own sign-in addresses only), in the order people should see them. */
export const cloudBadges: Readonly<Record<Cloud, string>> = {
  global: 'WW',
  usgov: 'US',
  china: 'CN',
  germany: 'DE',
};

/** The clouds in display order. */
export const clouds = Object.keys(cloudBadges) as Cloud[];

/** A cloud's name in plain words, in the person's language. */
export function cloudName(cloud: Cloud, t: Translate): string {
  return t(`cloud.${cloud}`);
}

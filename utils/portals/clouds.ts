import type { Translate } from '../i18n/translate';
import type { Cloud } from './types';

/** Toolbar badge text for each cloud, in the order people should see them; empty for the worldwide cloud. */
export const cloudBadges: Readonly<Record<Cloud, string>> = {
  global: '',
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

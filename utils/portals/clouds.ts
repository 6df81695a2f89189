import type { Cloud } from './types';

/** How a cloud is named to people and shown on the toolbar badge. */
export interface CloudLabel {
  /** Plain-words name of the cloud. */
  readonly name: string;
  /** Toolbar badge text; empty for the worldwide cloud, which most people use. */
  readonly badge: string;
}

/** Labels for the four clouds, in the order people should see them. */
export const cloudLabels: Readonly<Record<Cloud, CloudLabel>> = {
  global: { name: 'Worldwide (global)', badge: '' },
  usgov: { name: 'US Government', badge: 'US' },
  china: { name: 'China (operated by 21Vianet)', badge: 'CN' },
  germany: { name: 'Germany (Microsoft Cloud Deutschland, closed)', badge: 'DE' },
};

/** The clouds in display order. */
export const clouds = Object.keys(cloudLabels) as Cloud[];

import { browser } from 'wxt/browser';
import type { Translate } from '@/utils/i18n/translate';
import { cloudBadges, cloudName } from '@/utils/portals/clouds';
import type { Portal } from '@/utils/portals/types';
import { portalName } from '@/utils/portals/words';

/** Blue for a working portal, red for a closed one. */
const badgeColor = (portal: Portal) => (portal.status.state === 'retired' ? '#c50f1f' : '#0f6cbd');

/** The toolbar tooltip for a tab showing this portal, in words, in the person's language. */
export function badgeTitle(portal: Portal, t: Translate): string {
  const values = { portal: portalName(portal, t), cloud: cloudName(portal.cloud, t) };
  return portal.status.state === 'retired' ? t('badge.titleRetired', values) : t('badge.title', values);
}

/** Show the portal's cloud on the toolbar badge of one tab (Chrome clears it when the tab navigates). */
export async function showPortalOnBadge(tabId: number, portal: Portal, t: Translate): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: cloudBadges[portal.cloud] }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badgeColor(portal) }),
    browser.action.setTitle({ tabId, title: badgeTitle(portal, t) }),
  ]);
}

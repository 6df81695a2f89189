import { browser } from 'wxt/browser';
import { cloudLabels } from '../portals/clouds';
import type { Portal } from '../portals/types';

/** Blue for a working portal, red for a closed one. */
const badgeColor = (portal: Portal) => (portal.status.state === 'retired' ? '#c50f1f' : '#0f6cbd');

/** The toolbar tooltip for a tab showing this portal, in words. */
export function badgeTitle(portal: Portal): string {
  const retired = portal.status.state === 'retired' ? ' This portal is closed.' : '';
  return `Sign-in Assistant: ${portal.name}. Cloud: ${cloudLabels[portal.cloud].name}.${retired}`;
}

/** Show the portal's cloud on the toolbar badge of one tab (Chrome clears it when the tab navigates). */
export async function showPortalOnBadge(tabId: number, portal: Portal): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: cloudLabels[portal.cloud].badge }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badgeColor(portal) }),
    browser.action.setTitle({ tabId, title: badgeTitle(portal) }),
  ]);
}

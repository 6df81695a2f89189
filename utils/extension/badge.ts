import { browser } from 'wxt/browser';
import { cloudLabels } from '../portals/clouds';
import type { Cloud, Portal } from '../portals/types';

const badgeColors: Readonly<Record<Cloud, string>> = {
  global: '#0f6cbd',
  usgov: '#0f6cbd',
  china: '#0f6cbd',
  germany: '#c50f1f',
};

/** The toolbar tooltip for a tab showing this portal, in words. */
export function badgeTitle(portal: Portal): string {
  const retired = portal.status.state === 'retired' ? ' This portal is closed.' : '';
  return `Sign-in Assistant: ${portal.name}. Cloud: ${cloudLabels[portal.cloud].name}.${retired}`;
}

/** Show the portal's cloud on the toolbar badge of one tab (Chrome clears it when the tab navigates). */
export async function showPortalOnBadge(tabId: number, portal: Portal): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: cloudLabels[portal.cloud].badge }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badgeColors[portal.cloud] }),
    browser.action.setTitle({ tabId, title: badgeTitle(portal) }),
  ]);
}

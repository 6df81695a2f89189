import { browser } from 'wxt/browser';
import type { Translate } from '@/utils/i18n/translate';
import { cloudBadges, cloudName } from '@/utils/portals/clouds';
import { isMicrosoftSignInAddress } from '@/utils/portals/genuine';
import type { Portal } from '@/utils/portals/types';
import { portalName } from '@/utils/portals/words';
import type { Warning } from '@/utils/warnings/types';

/** What the toolbar badge of a tab says: its text, its colour and the tooltip. */
export interface BadgeView {
  readonly text: string;
  readonly color: string;
  readonly title: string;
}

/** Blue for a working portal's cloud, red for a closed portal, dark amber for a warning. */
const colors = { cloud: '#0f6cbd', retired: '#c50f1f', warning: '#9d5d00' } as const;

/**
 * The badge of a tab showing this portal on `host`, in the person's language. It names the cloud (WW worldwide, US,
 * CN, DE) only on Microsoft's own sign-in addresses: a page cannot set it, so it is the proof the card points to.
 * A warning shows "!" (the closed Germany portal keeps its red DE); an organization's own sign-in host shows no
 * text, since it is not Microsoft's.
 */
export function badgeFor(portal: Portal, host: string, t: Translate, warning?: Warning): BadgeView {
  const values = { portal: portalName(portal, t), cloud: cloudName(portal.cloud, t), host };
  if (!isMicrosoftSignInAddress(portal, host)) return { text: '', color: colors.cloud, title: t('badge.titleOrganization', values) };
  if (portal.status.state === 'retired')
    return { text: cloudBadges[portal.cloud], color: colors.retired, title: t('badge.titleRetired', values) };
  if (warning) return { text: '!', color: colors.warning, title: t('badge.titleWarning', { ...values, warning: warning.title }) };
  return { text: cloudBadges[portal.cloud], color: colors.cloud, title: t('badge.title', values) };
}

/** Show a tab's portal (and its warning, if any) on the toolbar badge of that tab (Chrome clears it when the tab navigates). */
export async function showPortalOnBadge(tabId: number, view: BadgeView): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: view.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: view.color }),
    browser.action.setTitle({ tabId, title: view.title }),
  ]);
}

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showPortalOnBadge } from '@/utils/extension/badge';
import { helpFor, type Help } from '@/utils/help';
import { isHelpRequest, isPortalSeenMessage } from '@/utils/messages';
import { portalById } from '@/utils/portals';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<Help> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isHelpRequest(message)) {
      const portal = portalById(message.portalId);
      return portal ? Promise.resolve(helpFor(portal, message.reading)) : undefined;
    }
    const tabId = sender.tab?.id;
    if (isPortalSeenMessage(message) && tabId !== undefined) {
      const portal = portalById(message.portalId);
      if (portal) void showPortalOnBadge(tabId, portal);
    }
    return undefined;
  });
});

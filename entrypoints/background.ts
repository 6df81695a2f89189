import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showPortalOnBadge } from '@/utils/extension/badge';
import { isPortalSeenMessage } from '@/utils/messages';
import { portalById } from '@/utils/portals';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (sender.id !== browser.runtime.id || tabId === undefined || !isPortalSeenMessage(message)) return;
    const portal = portalById(message.portalId);
    if (portal) void showPortalOnBadge(tabId, portal);
  });
});

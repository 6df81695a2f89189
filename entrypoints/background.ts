import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showPortalOnBadge } from '@/utils/extension/badge';
import { keepPolicyFresh } from '@/utils/extension/policy';
import { warningFor } from '@/utils/extension/warning-service';
import { helpFor } from '@/utils/help';
import { identifyPortal } from '@/utils/identify-portal';
import { isHelpRequest, isPortalRequest, isWarningRequest } from '@/utils/messages';
import { portalById } from '@/utils/portals';

// The service worker holds the catalog and the tables; content scripts ask it, and stay small.
export default defineBackground(() => {
  keepPolicyFresh();
  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isPortalRequest(message)) {
      const portal = identifyPortal(message.origin);
      const tabId = sender.tab?.id;
      if (portal && tabId !== undefined && sender.frameId === 0) void showPortalOnBadge(tabId, portal);
      return Promise.resolve(portal ?? null);
    }
    const portal = portalById((message as { portalId?: string } | null)?.portalId ?? '');
    if (!portal) return undefined;
    if (isHelpRequest(message)) return Promise.resolve(helpFor(portal, message.reading));
    if (isWarningRequest(message)) return warningFor(portal, message.domain).then((warning) => warning ?? null);
    return undefined;
  });
});

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showPortalOnBadge } from '@/utils/extension/badge';
import { keepPolicyFresh } from '@/utils/extension/policy';
import { warningFor } from '@/utils/extension/warning-service';
import { helpFor } from '@/utils/help';
import { isHelpRequest, isPortalSeenMessage, isWarningRequest } from '@/utils/messages';
import { portalById } from '@/utils/portals';

export default defineBackground(() => {
  keepPolicyFresh();
  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const portal = portalById((message as { portalId?: string } | null)?.portalId ?? '');
    if (!portal) return undefined;
    if (isHelpRequest(message)) return Promise.resolve(helpFor(portal, message.reading));
    if (isWarningRequest(message)) return warningFor(portal, message.domain).then((warning) => warning ?? null);
    const tabId = sender.tab?.id;
    if (isPortalSeenMessage(message) && tabId !== undefined) void showPortalOnBadge(tabId, portal);
    return undefined;
  });
});

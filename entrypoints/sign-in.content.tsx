import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPanel } from '@/components/panel/mount-panel';
import { dismissedHosts, withHost } from '@/utils/extension/settings';
import { identifyPortal } from '@/utils/identify-portal';
import { isPageStateRequest, type PageState, type PortalSeenMessage } from '@/utils/messages';
import { signInMatchPatterns } from '@/utils/portals';

export default defineContentScript({
  matches: signInMatchPatterns,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const portal = identifyPortal(location.href);
    if (!portal || portal.role !== 'sign-in' || window.top !== window) return;
    const host = location.hostname;

    const seen: PortalSeenMessage = { type: 'portal-seen', portalId: portal.id };
    browser.runtime.sendMessage(seen).catch(() => undefined);

    let dismissed = (await dismissedHosts.getValue()).includes(host);
    const panel = await createPanel(ctx, portal, () => {
      void dismissedHosts.getValue().then((hosts) => dismissedHosts.setValue(withHost(hosts, host)));
    });
    if (!dismissed) panel.mount();

    // The popup can turn the panel back on; storage is the one source of truth for both.
    const unwatch = dismissedHosts.watch((hosts) => {
      dismissed = hosts.includes(host);
      if (dismissed) panel.remove();
      else if (!panel.shadowHost.isConnected) panel.mount();
    });
    ctx.onInvalidated(unwatch);

    const answerPopup = (message: unknown): Promise<PageState> | undefined =>
      isPageStateRequest(message) ? Promise.resolve({ portalId: portal.id, dismissed }) : undefined;
    browser.runtime.onMessage.addListener(answerPopup);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerPopup));
  },
});

import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPanel } from '@/components/panel/mount-panel';
import { helpdeskReport, readErrorDetails } from '@/utils/errors/helpdesk-report';
import { createHelpClient } from '@/utils/extension/help-client';
import { followWarnings, type PageWarnings } from '@/utils/extension/page-warnings';
import { getValues, watchValues } from '@/utils/extension/local-item';
import { dismissedHosts, lastKnownPolicy, panelEnabled, policyHidesPanel } from '@/utils/extension/settings';
import { askPortal } from '@/utils/extension/portal-client';
import { createTranslator } from '@/utils/i18n/translate';
import { isPageStateRequest, type PageState } from '@/utils/messages';
import { readSignInStep, type StepReading } from '@/utils/steps';
import { sameReading, watchSteps } from '@/utils/steps/watch-steps';

export default defineContentScript({
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would also post a message into the page to find older copies of this script (it finds them with a DOM
  // event anyway): that message would tell the page an extension is here and wake its message listeners.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (window.top !== window) return;
    const readPage = () => readSignInStep(document, location.href);
    // Read after the first frame is drawn, where reading costs no extra layout (measured: reading before asking
    // cost about 0.8 ms per page); the step travels with the first question, so its help comes back with it.
    await new Promise(requestAnimationFrame);
    let reading = readPage();
    const answer = await askPortal(location.origin, reading); // also puts the cloud on the toolbar badge
    if (!answer || answer.portal.role !== 'sign-in') return;
    // Keep only what is used: the answer itself (its message table above all) is left to the garbage collector.
    const { portal, locale, helpdesk, warning: firstWarning } = answer;
    const t = createTranslator(answer.texts);
    const host = location.hostname;
    const help = createHelpClient(portal, { reading, help: answer.help });
    let warnings: PageWarnings | undefined;
    const panel = createPanel(
      ctx,
      {
        portal,
        host,
        reading,
        ...(helpdesk ? { helpdesk } : {}),
        onDismissWarning: () => void warnings?.dismissCurrent(),
        onDismiss: () => void dismissedHosts.add(host),
        onCopyDetails: () =>
          navigator.clipboard.writeText(
            helpdeskReport({ code: reading.errorCode, details: readErrorDetails(document), portal, url: new URL(location.href), copiedAt: new Date() }, t),
          ),
      },
      { locale, t },
    );

    // Step changes: the attributes follow at once, advice as soon as the service worker answers.
    const show = (next: StepReading) => {
      reading = next;
      const known = help.cached(next);
      panel.update({ reading: next, help: known });
      if (!known) void help.get(next).then((found) => found && sameReading(next, reading) && panel.update({ help: found }));
    };
    let stopWatching = () => undefined as void;
    const start = () => {
      show(readPage()); // before mounting, so the panel is drawn once, with the step
      panel.mount();
      const stopSteps = watchSteps(document, readPage, show, reading);
      warnings = followWarnings(portal, host, firstWarning, (warning) => panel.update({ warning }));
      const following = warnings;
      stopWatching = () => {
        stopSteps();
        following.stop();
      };
    };
    const stop = () => {
      stopWatching();
      panel.remove();
    };
    ctx.onInvalidated(() => stopWatching());

    // The panel shows unless policy hides it, the person switched it off, or dismissed it on this site; all three
    // live in storage, followed as they change (the policy can arrive seconds after the browser starts).
    const panelSettings = [dismissedHosts, panelEnabled, lastKnownPolicy] as const;
    let dismissed = false;
    const follow = ([dismissedOn, enabled, policy]: readonly [string[], boolean, unknown]) => {
      dismissed = dismissedOn.includes(host);
      const wanted = enabled && !dismissed && !policyHidesPanel(policy);
      if (!wanted && panel.isMounted()) stop();
      else if (wanted && !panel.isMounted()) start();
    };
    follow(await getValues(...panelSettings));
    ctx.onInvalidated(watchValues(panelSettings, follow));

    // Answered at once through sendResponse: this script uses Chrome's native messaging, without the polyfill.
    const answerPopup = (message: unknown, _sender: unknown, sendResponse: (state: PageState) => void): undefined => {
      if (!isPageStateRequest(message)) return undefined;
      sendResponse({ portalId: portal.id, origin: location.origin, reading: readPage(), dismissed, warning: warnings?.current() });
      return undefined;
    };
    browser.runtime.onMessage.addListener(answerPopup);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerPopup));
  },
});

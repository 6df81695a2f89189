import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadCard } from './card-loader';
import { keepLifetimeOurs } from './script-lifetime';
import { createHelpClient } from './help-client';
import { followPanelSettings, type PanelWanted } from './panel-settings';
import { followWarnings, type PageWarnings } from './page-warnings';
import { serviceWorkerClient, type ServiceWorkerClient } from './service-worker-client';
import { createPanel } from '@/components/panel/mount-panel';
import { readErrorDetails } from '@/utils/errors/helpdesk-report';
import { createTranslator } from '@/utils/i18n/translate';
import { isPageStateRequest, type PageState } from '@/utils/messages';
import { organizationPortalId } from '@/utils/portals/genuine';
import { readStep } from '@/utils/steps';
import { hasShownControls, pageShape } from '@/utils/steps/page-shape';
import type { StepFamily, StepReading } from '@/utils/steps/types';
import { sameReading, watchPage } from '@/utils/steps/watch-page';

/** The page a content script runs in: its document, its address as the script's own world sees it, and its families. */
export interface SignInPage {
  readonly document: Document;
  readonly location: Pick<Location, 'href' | 'origin' | 'hostname'>;
  /** The page families that read its steps (each content script bundles only its own). */
  readonly families: readonly StepFamily[];
}

/**
 * Run the extension on one sign-in page: read the step, ask the service worker once for the portal and its help,
 * then show the panel (unless it is switched off or dismissed here), follow step changes, typed domains and the
 * settings, put the panel back when the page removes it, and answer the popup. Everything stops with `ctx`.
 */
export async function runSignInPage(
  ctx: ContentScriptContext,
  page: SignInPage,
  ask: ServiceWorkerClient = serviceWorkerClient,
): Promise<void> {
  const { document, location, families } = page;
  const view = document.defaultView;
  if (view) keepLifetimeOurs(ctx, view); // before anything else: a page's forged "newer script" event stops nothing
  const readPage = () => readStep(document, location.href, families);
  // Read after the first frame is drawn, where reading costs no extra layout (measured: reading before asking
  // cost about 0.8 ms per page); the step travels with the first question, so its help comes back with it.
  await new Promise((resolve) => document.defaultView?.requestAnimationFrame(resolve) ?? resolve(undefined));
  let reading = readPage();
  const answer = await ask.portal(reading);
  if (!answer || answer.portal.role === 'entry' || ctx.isInvalid) return;
  // Keep only what is used: the answer itself (its message table above all) is left to the garbage collector.
  const { portal, locale, helpdesk, warning: firstWarning, panel: wantedAtFirst } = answer;
  const t = createTranslator(answer.texts);
  const host = location.hostname;
  const help = createHelpClient(ask.help, { reading, help: answer.help });
  let warnings: PageWarnings | undefined;
  const panel = createPanel(
    ctx,
    {
      portal,
      host,
      reading,
      ...(helpdesk ? { helpdesk } : {}),
      onDismissWarning: () => void warnings?.dismissCurrent(),
      onDismiss: () => void ask.dismissPanel().then((now) => now && apply(now)),
      // The text is written by the service worker (with the page's address as the browser reports it); the page
      // only reads the ids it shows.
      onCopyDetails: async () => {
        const text = await ask.report(reading.errorCode, readErrorDetails(document));
        if (text === undefined) throw new Error('no answer');
        await navigator.clipboard.writeText(text);
      },
      // Only on Microsoft's own hosts: an organization's own pages are not ours to learn.
      ...(portal.id === organizationPortalId
        ? {}
        : {
            shapeReport: {
              offered: () => hasShownControls(document),
              copy: () => navigator.clipboard.writeText(pageShape(document, new URL(location.href))),
            },
          }),
    },
    { locale, t },
    loadCard,
  );

  // `data-ready` says whether every answer asked for is drawn, so a script can tell "no warning" from "not yet".
  let pending = 0;
  const track = async <T>(work: Promise<T>): Promise<T> => {
    pending += 1;
    panel.setReady(false);
    try {
      return await work;
    } finally {
      pending -= 1;
      panel.setReady(pending === 0);
    }
  };

  // Step changes: the attributes follow at once, advice as soon as the service worker answers.
  const show = (next: StepReading) => {
    reading = next;
    const known = help.cached(next);
    panel.update({ reading: next, help: known });
    if (!known) void track(help.get(next).then((found) => void (found && sameReading(next, reading) && panel.update({ help: found }))));
  };
  let stopFollowing: (() => void) | undefined;
  const start = () => {
    show(readPage()); // before mounting, so the panel is drawn once, with the step
    panel.mount();
    panel.setReady(pending === 0);
    const stopWatching = watchPage(document, () => {
      if (ctx.isInvalid) return; // the extension was updated or removed: the context's listeners clean up
      panel.mount(); // back in view if the page removed, moved, hid or covered it, or replaced its body
      const next = readPage();
      if (!sameReading(next, reading)) show(next);
    });
    const following = followWarnings({
      document,
      first: firstWarning,
      ask: ask.warning,
      dismiss: ask.dismissWarning,
      onWarning: (warning) => panel.update({ warning }),
      track,
    });
    warnings = following;
    stopFollowing = () => {
      stopWatching();
      following.stop();
      stopFollowing = undefined;
    };
  };
  ctx.onInvalidated(() => stopFollowing?.());

  let dismissed = false;
  const apply = (now: PanelWanted) => {
    dismissed = now.dismissed;
    if (!now.wanted && stopFollowing) {
      stopFollowing();
      panel.remove();
    } else if (now.wanted && !stopFollowing) {
      start();
    }
  };
  ctx.onInvalidated(followPanelSettings(ask.panelSettings, apply));
  apply(wantedAtFirst);

  // Answered at once through sendResponse: this script uses Chrome's native messaging, without the polyfill.
  const answerPopup = (message: unknown, _sender: unknown, sendResponse: (state: PageState) => void): undefined => {
    if (!isPageStateRequest(message)) return undefined;
    const warning = warnings?.current();
    sendResponse({ origin: location.origin, reading: readPage(), dismissed, ...(warning ? { warning } : {}) });
    return undefined;
  };
  browser.runtime.onMessage.addListener(answerPopup);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerPopup));
}

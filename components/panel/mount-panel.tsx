import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel } from './Panel';
import portalCss from '@/components/portal.css?inline';
import panelCss from './panel.css?inline';
import type { Portal } from '@/utils/portals/types';

/** The panel's host element name: part of the page contract. */
export const panelHostName = 'sign-in-assistant';

/** Write the contract attributes (`data-cloud`, `data-account`) on the panel's host element. */
export function writeContractAttributes(host: HTMLElement, portal: Portal): void {
  host.dataset.cloud = portal.cloud;
  host.dataset.account = portal.account;
}

/**
 * Prepare the panel in a closed shadow root for the end of `<body>`, with its CSS inlined (no file a page
 * could probe for). Call `mount()` to show it; it is removed when the content script is invalidated.
 */
export async function createPanel(ctx: ContentScriptContext, portal: Portal, onDismiss: () => void) {
  const ui: ShadowRootContentScriptUi<void> = await createShadowRootUi(ctx, {
    name: panelHostName,
    mode: 'closed',
    position: 'inline',
    anchor: 'body',
    css: portalCss + panelCss,
    isolateEvents: true,
    onMount(container, _shadow, host) {
      writeContractAttributes(host, portal);
      render(<Panel portal={portal} onDismiss={onDismiss} />, container);
    },
    onRemove() {
      render(null, ui.uiContainer);
    },
  });
  return ui;
}

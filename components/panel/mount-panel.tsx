import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel, type PanelProps } from './Panel';
import { createShadowHost } from './shadow-host';
import { I18nContext, type I18n } from '@/components/i18n';
import { languageTag } from '@/utils/i18n/locales';
import contentCss from '@/components/content.css?inline';
import themeCss from '@/components/theme.css?inline';
import panelCss from './panel.css?inline';
import type { Portal } from '@/utils/portals/types';
import type { StepReading } from '@/utils/steps/types';
import type { Warning } from '@/utils/warnings/types';

/** The panel's host element name: part of the page contract. */
export const panelHostName = 'sign-in-assistant';

/** Write the contract attributes on the panel's host element: cloud, account, step, error code and warning. */
export function writeContractAttributes(host: HTMLElement, portal: Portal, reading: StepReading, warning?: Warning): void {
  host.dataset.cloud = portal.cloud;
  host.dataset.account = portal.account;
  host.dataset.step = reading.step;
  if (reading.errorCode) host.dataset.errorCode = reading.errorCode;
  else delete host.dataset.errorCode;
  if (warning) host.dataset.warning = warning.id;
  else delete host.dataset.warning;
}

/** The mounted (or mountable) panel and how to tell it what changed. */
export interface PanelHandle {
  /** Show the panel (again). */
  mount(): void;
  /** Take the panel out of the page. */
  remove(): void;
  /** Whether the panel is in the page. */
  isMounted(): boolean;
  /** Show new props; the contract attributes update at once. */
  update(props: Partial<Pick<PanelProps, 'reading' | 'help' | 'warning'>>): void;
}

/**
 * Prepare the panel in a closed shadow root for the end of `<body>`, with its CSS inlined (no file a page
 * could probe for), speaking the language it is given. Call `mount()` to show it; it is removed when the content
 * script is invalidated.
 */
export function createPanel(ctx: ContentScriptContext, initial: PanelProps, i18n: I18n): PanelHandle {
  let props = initial;
  const { host, container, mount, remove } = createShadowHost(document, panelHostName, themeCss + contentCss + panelCss);
  const draw = () => {
    if (!host.isConnected) return;
    writeContractAttributes(host, props.portal, props.reading, props.warning);
    host.lang = languageTag(i18n.locale);
    render(
      <I18nContext.Provider value={i18n}>
        <Panel {...props} />
      </I18nContext.Provider>,
      container,
    );
  };
  const unmount = () => {
    render(null, container);
    remove();
  };
  ctx.onInvalidated(unmount);
  return {
    mount() {
      mount();
      draw();
    },
    remove: unmount,
    isMounted: () => host.isConnected,
    update(change) {
      props = { ...props, ...change };
      draw();
    },
  };
}

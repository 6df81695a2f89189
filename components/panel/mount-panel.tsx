import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card, type PanelProps } from './Card';
import { createChip } from './chip';
import { createShadowHost, panelHostName } from './shadow-host';
import { I18nContext, type I18n } from '@/components/i18n';
import { languageTag } from '@/utils/i18n/locales';
import contentCss from '@/components/content.css?inline';
import themeCss from '@/components/theme.css?inline';
import cardCss from './card.css?inline';
import chipCss from './chip.css?inline';
import { portalShortName } from '@/utils/portals/words';
import type { Portal } from '@/utils/portals/types';
import type { StepReading } from '@/utils/steps/types';
import type { Warning } from '@/utils/warnings/types';

/** The panel's host element name: part of the page contract. */

/** Write the contract attributes on the panel's host element: cloud, account, step, method, error code and warning. */
export function writeContractAttributes(host: HTMLElement, portal: Portal, reading: StepReading, warning?: Warning): void {
  host.dataset.cloud = portal.cloud;
  host.dataset.account = portal.account;
  host.dataset.step = reading.step;
  if (reading.method) host.dataset.method = reading.method;
  else delete host.dataset.method;
  if (reading.errorCode) host.dataset.errorCode = reading.errorCode;
  else delete host.dataset.errorCode;
  if (warning) host.dataset.warning = warning.id;
  else delete host.dataset.warning;
}

/** The mounted (or mountable) panel and how to tell it what changed. */
export interface PanelHandle {
  /** Show the panel, or put it back where the page removed it (the same element: one panel, never two). */
  mount(): void;
  /** Take the panel out of the page. */
  remove(): void;
  /** Whether the panel is in the page. */
  isMounted(): boolean;
  /** Show new props; the contract attributes update at once. */
  update(props: Partial<Pick<PanelProps, 'reading' | 'help' | 'warning'>>): void;
  /** Say on the host (`data-ready`) whether every answer asked for is drawn: a signal for tests and scripts. */
  setReady(ready: boolean): void;
}

/**
 * Prepare the panel in a closed shadow root for the end of `<body>`, with its CSS inlined (no file a page
 * could probe for), speaking the language it is given. Call `mount()` to show it; it is removed when the content
 * script is invalidated.
 */
export function createPanel(ctx: ContentScriptContext, initial: PanelProps, i18n: I18n): PanelHandle {
  const { t } = i18n;
  let props = initial;
  let open = false;
  let shownWarning: string | undefined;
  // The chip's few rules go in at once; the card's, with the shared content styles, the first time it opens.
  const { host, container, mount, remove, addStyles } = createShadowHost(document, panelHostName, themeCss + chipCss);
  let cardStyled = false;
  const dock = document.createElement('div');
  dock.className = 'dock';
  const cardSlot = document.createElement('div');
  cardSlot.className = 'card-slot';
  const chip = createChip(document, 'sign-in-assistant-card', () => setOpen(!open));
  dock.append(cardSlot, chip.element);
  container.append(dock);
  // Escape closes the card while focus is in the panel; the page's own Escape handling is left alone.
  dock.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && open) setOpen(false);
  });
  const setOpen = (value: boolean) => {
    if (ctx.isInvalid) return; // an old copy after an update: its invalidation takes the panel away
    open = value;
    draw();
  };
  const draw = () => {
    if (!host.isConnected) return;
    const { portal, reading, warning } = props;
    writeContractAttributes(host, portal, reading, warning);
    host.lang = languageTag(i18n.locale);
    // A new warning opens the card; it is announced by its role, without moving focus.
    const warningKey = warning && `${warning.id}|${warning.domain ?? ''}`;
    if (warningKey && warningKey !== shownWarning) open = true;
    shownWarning = warningKey;
    const status = warning ? t('panel.chipWarning') : reading.errorCode ? t('panel.chipError', { code: reading.errorCode }) : '';
    chip.show({ identity: portalShortName(portal, t), status, warning: Boolean(warning), action: t('panel.chipOpen') }, open);
    if (open) {
      if (!cardStyled) addStyles(contentCss + cardCss);
      cardStyled = true;
      render(
        <I18nContext.Provider value={i18n}>
          <Card {...props} onClose={() => setOpen(false)} />
        </I18nContext.Provider>,
        cardSlot,
      );
    } else if (cardSlot.firstChild) {
      render(null, cardSlot);
    }
  };
  const unmount = () => {
    if (cardSlot.firstChild) render(null, cardSlot);
    open = false;
    remove();
  };
  ctx.onInvalidated(unmount);
  return {
    mount() {
      if (host.isConnected) return;
      mount();
      draw();
    },
    remove: unmount,
    isMounted: () => host.isConnected,
    update(change) {
      props = { ...props, ...change };
      draw();
    },
    setReady(ready) {
      host.dataset.ready = String(ready);
    },
  };
}

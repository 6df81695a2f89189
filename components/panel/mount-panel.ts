import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelProps } from './Card';
import type { CardModule } from './card-module';
import { createChip } from './chip';
import { keepInView } from './keep-in-view';
import { createShadowHost, panelHostName } from './shadow-host';
import type { I18n } from '@/components/i18n';
import { languageTag } from '@/utils/i18n/locales';
import themeCss from '@/components/theme.css?inline';
import chipCss from './chip.css?inline';
import { portalShortName } from '@/utils/portals/words';
import type { Portal } from '@/utils/portals/types';
import type { StepReading } from '@/utils/steps/types';
import type { Warning } from '@/utils/warnings/types';

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
  /** Show the panel, or put it back in view where the page removed, moved, hid or covered it (the same element: one panel, never two). */
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
 * script is invalidated. The card's code comes from `loadCard` the first time it opens (or the chip is pointed
 * at or focused): most pages only ever show the chip.
 */
export function createPanel(
  ctx: ContentScriptContext,
  initial: PanelProps,
  i18n: I18n,
  loadCard: () => Promise<CardModule | undefined>,
): PanelHandle {
  const { t } = i18n;
  let props = initial;
  let open = false;
  let shownWarning: string | undefined;
  // The chip's few rules go in at once; the card's, with the shared content styles, once its module is here.
  const { host, container, mount, remove, addStyles } = createShadowHost(document, panelHostName, themeCss + chipCss);
  let card: CardModule | undefined;
  const withCard = () =>
    void loadCard().then((loaded) => {
      if (!loaded || card || ctx.isInvalid) return;
      card = loaded;
      addStyles(loaded.css);
      draw();
    });
  const dock = document.createElement('div');
  dock.className = 'dock';
  const cardSlot = document.createElement('div');
  cardSlot.className = 'card-slot';
  const chip = createChip(document, 'sign-in-assistant-card', () => setOpen(!open));
  for (const intent of ['pointerenter', 'focus']) chip.element.addEventListener(intent, withCard, { once: true });
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
      if (card) card.draw(cardSlot, { ...props, onClose: () => setOpen(false) }, i18n);
      else withCard(); // drawn once its module is here
    } else if (cardSlot.firstChild) {
      card?.draw(cardSlot, undefined, i18n);
    }
  };
  const unmount = () => {
    if (cardSlot.firstChild) card?.draw(cardSlot, undefined, i18n);
    open = false;
    remove();
  };
  const place = () => {
    mount();
    draw();
  };
  const inView = keepInView(document, host, chip.element, place);
  ctx.onInvalidated(() => {
    inView.stop();
    unmount();
  });
  return {
    mount() {
      if (host.isConnected) inView.check();
      else place();
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

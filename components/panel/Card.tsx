import { useI18n } from '@/components/i18n';
import { PageHelp } from '@/components/PageHelp';
import type { Help } from '@/utils/help';
import type { Helpdesk } from '@/utils/policy';
import type { Portal } from '@/utils/portals/types';
import type { StepReading } from '@/utils/steps/types';
import type { Warning } from '@/utils/warnings/types';

/** What the in-page panel is told about the page. */
export interface PanelProps {
  /** The portal this page belongs to. */
  portal: Portal;
  /** The page's exact hostname. */
  host: string;
  /** The step on screen. */
  reading: StepReading;
  /** Advice and error explanation for that step, once the service worker has answered. */
  help?: Help;
  /** The organization's helpdesk, from policy. */
  helpdesk?: Helpdesk;
  /** A warning about being in the wrong place; the panel opens by itself when one arrives. */
  warning?: Warning;
  /** "Not my case": hide this warning for this site and domain (remembered). */
  onDismissWarning: () => void;
  /** Turn the panel off for this site (remembered). */
  onDismiss: () => void;
  /** Copy the error details for the helpdesk to the clipboard. */
  onCopyDetails: () => Promise<void>;
}

/** What the card is drawn from: the panel's props and how to close it. */
export interface CardProps extends PanelProps {
  onClose: () => void;
}

/** The panel's card: which page this is, then help for this step. Drawn with Preact only once the person opens it. */
export function Card({ onDismiss, onClose, reading: _reading, ...help }: CardProps) {
  const { t } = useI18n();
  const close = (
    <button type="button" class="icon" aria-label={t('panel.close')} onClick={onClose}>
      ×
    </button>
  );
  return (
    <section class="card" id="sign-in-assistant-card" aria-label={t('panel.label')}>
      <PageHelp {...help} actions={close} />
      <footer class="card-foot">
        <button type="button" class="quiet" data-action="dismiss" onClick={onDismiss}>
          {t('panel.dismiss')}
        </button>
      </footer>
    </section>
  );
}

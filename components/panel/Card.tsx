import { AdviceList } from '@/components/AdviceList';
import { HelpdeskCard } from '@/components/HelpdeskCard';
import { useI18n } from '@/components/i18n';
import { ErrorExplainer } from '@/components/ErrorExplainer';
import { PortalSummary } from '@/components/PortalSummary';
import { WarningNotice } from '@/components/WarningNotice';
import type { Help } from '@/utils/help';
import type { Helpdesk } from '@/utils/policy';
import type { Portal } from '@/utils/portals/types';
import type { StepReading } from '@/utils/steps/types';
import type { Warning } from '@/utils/warnings/types';

/** What the in-page panel is told about the page. */
export interface PanelProps {
  /** The portal this page belongs to. */
  portal: Portal;
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

/** The panel's card: help for this step on this portal. Drawn with Preact only once the person opens it. */
export function Card({ portal, help, helpdesk, warning, onDismissWarning, onDismiss, onCopyDetails, onClose }: CardProps) {
  const { t } = useI18n();
  return (
    <section class="card" id="sign-in-assistant-card" aria-label={t('panel.label')}>
      <header class="card-head">
        <h2>{t('panel.heading')}</h2>
        <button type="button" class="icon" aria-label={t('panel.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {warning && <WarningNotice warning={warning} onDismiss={onDismissWarning} />}
      {help?.error && <ErrorExplainer error={help.error} onCopy={onCopyDetails} />}
      {help && <AdviceList advice={help.advice} />}
      {helpdesk && portal.account === 'work' && <HelpdeskCard helpdesk={helpdesk} />}
      <details class="about">
        <summary>{t('panel.about')}</summary>
        <PortalSummary portal={portal} />
      </details>
      <footer class="card-foot">
        <button type="button" class="quiet" data-action="dismiss" onClick={onDismiss}>
          {t('panel.dismiss')}
        </button>
      </footer>
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { AdviceList } from '@/components/AdviceList';
import { HelpdeskCard } from '@/components/HelpdeskCard';
import { useI18n } from '@/components/i18n';
import { ErrorExplainer } from '@/components/ErrorExplainer';
import { PortalSummary } from '@/components/PortalSummary';
import { WarningNotice } from '@/components/WarningNotice';
import type { Help } from '@/utils/help';
import type { Helpdesk } from '@/utils/policy';
import { cloudBadges } from '@/utils/portals/clouds';
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

/** The in-page panel: a small chip that opens into a card with help for this step on this portal. */
export function Panel({ portal, reading, help, helpdesk, warning, onDismissWarning, onDismiss, onCopyDetails }: PanelProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (warning) setOpen(true); // announced by its role, without moving focus
  }, [warning?.id, warning?.domain]);
  const badge = cloudBadges[portal.cloud];
  // Escape closes the card while focus is in the panel; the page's own Escape handling is left alone.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) setOpen(false);
  };

  return (
    <div class="dock" onKeyDown={closeOnEscape}>
      {open && (
        <section class="card" id="sign-in-assistant-card" aria-label={t('panel.label')}>
          <header class="card-head">
            <h2>{t('panel.heading')}</h2>
            <button type="button" class="icon" aria-label={t('panel.close')} onClick={() => setOpen(false)}>
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
      )}
      <button
        type="button"
        class="chip"
        aria-expanded={open}
        aria-controls="sign-in-assistant-card"
        onClick={() => setOpen(!open)}
      >
        <span class="chip-mark" aria-hidden="true">
          ?
        </span>
        {warning ? t('panel.chipWarning') : reading.errorCode ? t('panel.chipError', { code: reading.errorCode }) : t('panel.chipHelp')}
        {badge && <span class="chip-tag">{badge}</span>}
      </button>
    </div>
  );
}

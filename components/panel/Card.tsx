import { useState } from 'preact/hooks';
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
  /** On a catalog host: offer to copy an unknown page's shape for the developers (absent on organizations' hosts). */
  shapeReport?: ShapeReport;
}

/** The "copy this page's shape" offer: whether the page has something to report, and the copy itself. */
export interface ShapeReport {
  /** Whether a form or button is on screen (an empty or loading page is not worth a report). */
  offered: () => boolean;
  /** Copy the shape (ids, names, roles; no text, values or query) to the clipboard. */
  copy: () => Promise<void>;
}

/** The offer to copy the shape of a page the reader does not know, with what happened after a click. */
function ShapeOffer({ report }: { report: ShapeReport }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = () =>
    void report.copy().then(
      () => setCopied('done'),
      () => setCopied('failed'),
    );
  return (
    <section class="shape" aria-label={t('panel.shapeCopy')}>
      <p class="muted">{t('panel.shapeOffer')}</p>
      <p>
        <button type="button" class="action" data-action="copy-shape" onClick={copy}>
          {t('panel.shapeCopy')}
        </button>{' '}
        <span role="status" class="muted">
          {copied === 'done' ? t('panel.shapeCopied') : copied === 'failed' ? t('panel.shapeCopyFailed') : ''}
        </span>
      </p>
    </section>
  );
}

/** What the card is drawn from: the panel's props and how to close it. */
export interface CardProps extends PanelProps {
  onClose: () => void;
}

/** The panel's card: which page this is, then help for this step. Drawn with Preact only once the person opens it. */
export function Card({ onDismiss, onClose, reading, shapeReport, ...help }: CardProps) {
  const { t } = useI18n();
  const close = (
    <button type="button" class="icon" aria-label={t('panel.close')} onClick={onClose}>
      ×
    </button>
  );
  return (
    <section class="card" id="sign-in-assistant-card" aria-label={t('panel.label')}>
      <PageHelp {...help} actions={close} />
      {shapeReport && reading.step === 'unknown' && shapeReport.offered() && <ShapeOffer report={shapeReport} />}
      <footer class="card-foot">
        <button type="button" class="quiet" data-action="dismiss" onClick={onDismiss}>
          {t('panel.dismiss')}
        </button>
      </footer>
    </section>
  );
}

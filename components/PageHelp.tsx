import type { ComponentChildren } from 'preact';
import { AdviceList } from './AdviceList';
import { ErrorExplainer } from './ErrorExplainer';
import { HelpdeskCard } from './HelpdeskCard';
import { useI18n } from './i18n';
import { PortalIdentity } from './PortalIdentity';
import { PortalSummary } from './PortalSummary';
import { WarningNotice } from './WarningNotice';
import type { Help } from '@/utils/help';
import type { Helpdesk } from '@/utils/policy';
import type { Portal } from '@/utils/portals/types';
import type { Warning } from '@/utils/warnings/types';

/** What the help for one sign-in page is drawn from, in the panel's card and in the popup alike. */
export interface PageHelpProps {
  readonly portal: Portal;
  /** The page's exact hostname. */
  readonly host: string;
  /** Advice and error explanation for the step on screen, once known. */
  readonly help?: Help;
  readonly warning?: Warning;
  /** The organization's helpdesk, from policy (shown on work pages). */
  readonly helpdesk?: Helpdesk;
  /** "Not my case" for the warning, where the page can remember it. */
  readonly onDismissWarning?: () => void;
  /** Copy the error details for the helpdesk, where the page can read them. */
  readonly onCopyDetails?: () => Promise<void>;
  /** Controls drawn beside the identity header (the card's close button). */
  readonly actions?: ComponentChildren;
}

/**
 * The help for one sign-in page, identity first: which portal, cloud, account kind and host this is; then the
 * warning, the error and the advice for the step on screen; then the helpdesk and the portal's links.
 */
export function PageHelp({ portal, host, help, warning, helpdesk, onDismissWarning, onCopyDetails, actions }: PageHelpProps) {
  const { t } = useI18n();
  return (
    <>
      <PortalIdentity portal={portal} host={host} actions={actions} />
      {warning && <WarningNotice warning={warning} {...(onDismissWarning ? { onDismiss: onDismissWarning } : {})} />}
      {help?.error && <ErrorExplainer error={help.error} {...(onCopyDetails ? { onCopy: onCopyDetails } : {})} />}
      {help && <AdviceList advice={help.advice} />}
      {helpdesk && portal.account === 'work' && <HelpdeskCard helpdesk={helpdesk} />}
      <details class="about">
        <summary>{t('panel.about')}</summary>
        <PortalSummary portal={portal} />
      </details>
    </>
  );
}

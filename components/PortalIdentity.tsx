import type { ComponentChildren } from 'preact';
import { useI18n } from './i18n';
import { cloudBadges, cloudName } from '@/utils/portals/clouds';
import { isMicrosoftSignInAddress, organizationPortalId } from '@/utils/portals/genuine';
import type { Portal } from '@/utils/portals/types';
import { accountKindName, portalName } from '@/utils/portals/words';

/** What the identity header is drawn from: the page's portal and the exact host the person is on. */
export interface PortalIdentityProps {
  readonly portal: Portal;
  /** The page's hostname, exactly as the browser reports it. */
  readonly host: string;
  /** Controls drawn beside the header (the card's close button). */
  readonly actions?: ComponentChildren;
}

/**
 * The first thing the card and the popup say: the portal's name, its cloud and account kind, the exact host, and,
 * on one of Microsoft's own sign-in addresses, that it is one, why, and how to check it without trusting the page
 * (the address bar and the toolbar badge, which no page can draw).
 */
export function PortalIdentity({ portal, host, actions }: PortalIdentityProps) {
  const { t } = useI18n();
  const genuine = isMicrosoftSignInAddress(portal, host);
  const retired = portal.status.state === 'retired';
  return (
    <>
      <div class="identity" data-genuine={String(genuine)}>
        <header class="page-head">
          <div>
            <h2 id="identity-heading">{portalName(portal, t)}</h2>
            <p class="identity-facts">
              <span>{cloudName(portal.cloud, t)}</span>
              <span aria-hidden="true"> · </span>
              <span>{accountKindName(portal, t)}</span>
            </p>
            <p class="identity-host">{t('identity.host', { host })}</p>
          </div>
          {actions}
        </header>
        {genuine ? (
          <p class="genuine" data-retired={String(retired)}>
            <strong>
              <span class="genuine-mark" aria-hidden="true">
                ✓
              </span>{' '}
              {t(retired ? 'identity.genuineRetired' : portal.role === 'sign-in' ? 'identity.genuine' : 'identity.genuineAccount')}
            </strong>{' '}
            <span class="genuine-why">{t('identity.genuineWhy', { host })}</span>
          </p>
        ) : (
          portal.id === organizationPortalId && <p class="muted">{t('identity.organization', { host })}</p>
        )}
      </div>
      {genuine && (
        <details class="genuine-proof" data-badge={cloudBadges[portal.cloud]}>
          <summary>{t('identity.proofSummary')}</summary>
          <p class="muted">{t('identity.proof', { host, badge: cloudBadges[portal.cloud] })}</p>
        </details>
      )}
    </>
  );
}

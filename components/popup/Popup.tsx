import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AdminCorner } from './AdminCorner';
import { HelpCenter } from './HelpCenter';
import { useI18n } from '@/components/i18n';
import { PageHelp } from '@/components/PageHelp';
import { askActiveTab } from '@/pages/active-tab';
import { readPolicy } from '@/platform/policy-reader';
import { dismissedHosts } from '@/platform/settings';
import { helpFor } from '@/utils/help';
import type { PageState } from '@/utils/messages';
import { emptyPolicy, type OrgPolicy } from '@/utils/policy';
import { signInHostname } from '@/utils/identify-portal';
import { portalForOrigin } from '@/utils/portals/organization';
import type { Portal } from '@/utils/portals/types';

/** The toolbar popup: help for the active sign-in tab, the help center, and the admin corner. */
export function Popup({ englishKeywords }: { englishKeywords: Readonly<Record<string, string>> }) {
  const { t } = useI18n();
  const [page, setPage] = useState<PageState | null | undefined>(undefined);
  const [policy, setPolicy] = useState<OrgPolicy>(emptyPolicy);
  useEffect(() => {
    void askActiveTab().then(setPage);
    void readPolicy().then((reading) => setPolicy(reading.policy)); // can take seconds after start-up
  }, []);

  if (page === undefined) return <main aria-busy="true" />;
  const portal = page ? portalForOrigin(page.origin, policy) : undefined;
  return (
    <main>
      <header class="popup-head">
        <h1>{t('popup.title')}</h1>
        <button type="button" class="quiet" data-action="options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.options')}
        </button>
      </header>
      {portal && page ? <OnThisPage portal={portal} page={page} policy={policy} /> : <p class="lead">{t('where.lead')}</p>}
      <HelpCenter
        englishKeywords={englishKeywords}
        {...(policy.helpdesk ? { helpdesk: policy.helpdesk } : {})}
        {...(portal ? {} : { openTopic: 'where-to-sign-in' })}
      />
      <AdminCorner {...(portal ? { cloud: portal.cloud } : {})} />
    </main>
  );
}

/** The same help as the panel for the tab's page, identity first: portal, host, warning, error, advice, helpdesk. */
function OnThisPage({ portal, page, policy }: { portal: Portal; page: PageState; policy: OrgPolicy }) {
  const { t } = useI18n();
  const help = helpFor(portal, page.reading, { t, helpdeskName: policy.helpdesk?.name });
  return (
    <section class="on-page" aria-label={t('popup.onThisPage')}>
      <PageHelp
        portal={portal}
        host={signInHostname(page.origin) ?? ''}
        help={help}
        {...(page.warning ? { warning: page.warning } : {})}
        {...(policy.helpdesk ? { helpdesk: policy.helpdesk } : {})}
      />
      {policy.hidePanel ? (
        <p class="muted">{t('popup.panelHiddenByPolicy')}</p>
      ) : (
        page.dismissed && (
          <button type="button" onClick={() => void showPanelAgain(portal.hosts)}>
            {t('popup.showPanelAgain')}
          </button>
        )
      )}
    </section>
  );
}

async function showPanelAgain(hosts: readonly string[]): Promise<void> {
  await dismissedHosts.remove(...hosts);
  window.close();
}

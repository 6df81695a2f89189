import { useEffect, useState } from 'preact/hooks';
import { CloudChooser } from './CloudChooser';
import { LookupSwitch } from './LookupSwitch';
import { WarningNotice } from '@/components/WarningNotice';
import { AdviceList } from '@/components/AdviceList';
import { ErrorExplainer } from '@/components/ErrorExplainer';
import { PortalSummary } from '@/components/PortalSummary';
import { askActiveTab } from '@/utils/extension/active-tab';
import { dismissedHosts } from '@/utils/extension/settings';
import { helpFor } from '@/utils/help';
import { portalById } from '@/utils/portals';
import type { PageState } from '@/utils/messages';

/** The toolbar popup: the active tab's portal and links, or where to sign in. */
export function Popup() {
  const [page, setPage] = useState<PageState | null | undefined>(undefined);
  useEffect(() => {
    void askActiveTab().then(setPage);
  }, []);

  if (page === undefined) return <main aria-busy="true" />;
  const portal = page && portalById(page.portalId);
  const help = portal && page ? helpFor(portal, page.reading) : undefined;
  return (
    <main>
      <h1>Sign-in Assistant</h1>
      {portal ? (
        <>
          {page.warning && <WarningNotice warning={page.warning} />}
          {help?.error && <ErrorExplainer error={help.error} />}
          {help && <AdviceList advice={help.advice} />}
          <details class="about">
            <summary>About this page</summary>
            <PortalSummary portal={portal} />
          </details>
          {page.dismissed && (
            <button type="button" onClick={() => void showPanelAgain(portal.hosts)}>
              Show the help panel on this site again
            </button>
          )}
        </>
      ) : (
        <CloudChooser />
      )}
      <LookupSwitch />
    </main>
  );
}

async function showPanelAgain(hosts: readonly string[]): Promise<void> {
  await dismissedHosts.remove(...hosts);
  window.close();
}

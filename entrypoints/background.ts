import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncOrganizationHosts } from '@/background/organization-hosts';
import { answerGuard } from '@/background/guard/requests';
import { startLookalikeGuard } from '@/background/guard/service';
import { answerPages } from '@/background/page-requests';
import { exposeReportEventForTests, startReportChannel } from '@/background/reporting/channel';
import { answerFalseAlarms } from '@/background/reporting/false-alarm';
import { forgetTabLookups } from '@/background/org-cloud-lookup';
import { followPanelSettingChanges, tellTabsPanelSettingsChanged } from '@/background/panel-settings';
import { forgetClosedTabs } from '@/background/tab-steps';
import { restrictStorageToExtension } from '@/background/trusted-storage';
import { keepPolicyFresh, readPolicy, trustStoredPolicyWhen } from '@/platform/policy-reader';
import { lastKnownPolicy, untrustedPolicyKey } from '@/platform/settings';
import { parsePolicy } from '@/utils/policy';

// The service worker holds the catalog, the tables and the languages; content scripts ask it, and stay small.
export default defineBackground(() => {
  // First of all: storage closed to content scripts, and the policy copy kept where pages could write forgotten.
  trustStoredPolicyWhen(restrictStorageToExtension());
  void browser.storage.local.remove(untrustedPolicyKey).catch(() => undefined);
  answerPages();
  followPanelSettingChanges();
  browser.tabs.onRemoved.addListener(forgetTabLookups);
  answerGuard();
  startLookalikeGuard();
  answerFalseAlarms();
  startReportChannel(); // organization edition, and only with the reportWebhook policy
  exposeReportEventForTests();
  forgetClosedTabs();
  // Pages hear when `hidePanel` changes: against the copy from the last session at first, then each new reading.
  let hidden = lastKnownPolicy.getValue().then(
    (raw) => parsePolicy(raw).policy.hidePanel,
    () => false,
  );
  keepPolicyFresh(({ policy }) => {
    void syncOrganizationHosts(policy).catch(() => undefined);
    const before = hidden;
    hidden = Promise.resolve(policy.hidePanel);
    void before.then((was) => (was !== policy.hidePanel ? tellTabsPanelSettingsChanged() : undefined)).catch(() => undefined);
  });
  const resync = () =>
    void readPolicy()
      .then(({ policy }) => syncOrganizationHosts(policy))
      .catch(() => undefined);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
});

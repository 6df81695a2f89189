import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncOrganizationHosts } from '@/background/organization-hosts';
import { answerGuard } from '@/background/guard/requests';
import { startLookalikeGuard } from '@/background/guard/service';
import { answerPages } from '@/background/page-requests';
import { exposeReportEventForTests, startReportChannel } from '@/background/reporting/channel';
import { answerFalseAlarms } from '@/background/reporting/false-alarm';
import { forgetClosedTabs } from '@/background/tab-steps';
import { keepPolicyFresh, readPolicy } from '@/platform/policy-reader';

// The service worker holds the catalog, the tables and the languages; content scripts ask it, and stay small.
export default defineBackground(() => {
  answerPages();
  answerGuard();
  startLookalikeGuard();
  answerFalseAlarms();
  startReportChannel(); // organization edition, and only with the reportWebhook policy
  exposeReportEventForTests();
  forgetClosedTabs();
  keepPolicyFresh(({ policy }) => void syncOrganizationHosts(policy).catch(() => undefined));
  const resync = () =>
    void readPolicy()
      .then(({ policy }) => syncOrganizationHosts(policy))
      .catch(() => undefined);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
});

import { browser } from 'wxt/browser';
import { readPolicySoon } from '@/platform/policy-reader';
import { dismissedHosts, dismissedWarnings, panelEnabled, warningKey } from '@/platform/settings';
import { getValues } from '@/platform/local-item';
import type { PanelSettingsChanged, PanelWanted } from '@/utils/messages';
import type { Warning } from '@/utils/warnings/types';

/** Whether the panel is wanted on a site: policy does not hide it, the person has it on and did not dismiss it there. */
export async function panelWantedOn(host: string): Promise<PanelWanted> {
  const [[hosts, enabled], policy] = await Promise.all([getValues(dismissedHosts, panelEnabled), readPolicySoon()]);
  const dismissed = hosts.includes(host);
  return { dismissed, wanted: enabled && !dismissed && !policy.hidePanel };
}

/** A warning as the person sees it on a site: `undefined` when they marked it "not my case" there. */
export async function unlessDismissed(host: string, warning: Warning | undefined): Promise<Warning | undefined> {
  return warning && (await dismissedWarnings.getValue()).includes(warningKey(host, warning)) ? undefined : warning;
}

/** Ask every tab's top frame to ask again (only ours listen; the others' failures are ignored): no tab list is kept. */
export async function tellTabsPanelSettingsChanged(): Promise<void> {
  const message: PanelSettingsChanged = { type: 'panel-settings-changed' };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined),
    ),
  );
}

/** Tell the tabs when the switch or the dismissed sites change (from the options page, the popup or a panel). */
export function followPanelSettingChanges(): void {
  const keys = [dismissedHosts.key, panelEnabled.key];
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && keys.some((key) => key in changes)) void tellTabsPanelSettingsChanged().catch(() => undefined);
  });
}

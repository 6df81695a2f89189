import { getValues, watchValues } from '@/platform/local-item';
import { dismissedHosts, lastKnownPolicy, panelEnabled, policyHidesPanel } from '@/platform/settings';

/** Whether the panel is wanted on a site, and whether the person dismissed it there. */
export interface PanelWanted {
  readonly wanted: boolean;
  readonly dismissed: boolean;
}

const panelSettings = [dismissedHosts, panelEnabled, lastKnownPolicy] as const;

function decide([dismissedOn, enabled, policy]: readonly [string[], boolean, unknown], host: string): PanelWanted {
  const dismissed = dismissedOn.includes(host);
  return { dismissed, wanted: enabled && !dismissed && !policyHidesPanel(policy) };
}

/**
 * The panel shows unless policy hides it, the person switched it off, or dismissed it on this site: all three live in
 * storage and are followed as they change (the policy can arrive seconds after the browser starts). Resolves with
 * the first decision; `onChange` hears every later one. Returns the first decision and the function that stops.
 */
export async function followPanelSettings(
  host: string,
  onChange: (now: PanelWanted) => void,
): Promise<{ first: PanelWanted; stop: () => void }> {
  const first = decide(await getValues(...panelSettings), host);
  const stop = watchValues(panelSettings, (values) => onChange(decide(values, host)));
  return { first, stop };
}

import { browser } from 'wxt/browser';
import { emptyPolicy, parsePolicy, type OrgPolicy } from '../policy';

type PolicyReading = { policy: OrgPolicy; problems: string[] };
let loading: Promise<PolicyReading> | undefined;

async function load(): Promise<PolicyReading> {
  try {
    return parsePolicy(await browser.storage.managed.get());
  } catch {
    return { policy: emptyPolicy, problems: [] }; // no managed storage on this browser or profile
  }
}

/**
 * The organization's policy from managed storage (Chrome/Edge enterprise policy), with notes on ignored values.
 * Read once per context and kept: Chromium's first managed-storage read can take seconds after start-up.
 */
export function readPolicy(): Promise<PolicyReading> {
  loading ??= load();
  return loading;
}

/** Start reading the policy now, and read it again whenever the administrators change it. */
export function keepPolicyFresh(): void {
  void readPolicy();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') loading = load();
  });
}

import { browser } from 'wxt/browser';
import { defineLocalItem } from './local-item';
import { emptyPolicy, parsePolicy, type OrgPolicy, type PolicyProblem } from '../policy';

/** The organization's policy as read, with the values that were ignored and why. */
export interface PolicyReading {
  readonly policy: OrgPolicy;
  readonly problems: readonly PolicyProblem[];
}

/** The last policy read, kept so answers in the first seconds after start-up need not wait for Chromium. */
const lastKnownPolicy = defineLocalItem<unknown>('lastKnownPolicy', {}, (value): value is unknown => typeof value === 'object');

let loading: Promise<PolicyReading> | undefined;

async function load(): Promise<PolicyReading> {
  try {
    const raw = await browser.storage.managed.get();
    void lastKnownPolicy.setValue(raw);
    return parsePolicy(raw);
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

/**
 * The policy without waiting long: the fresh reading if it comes within `patienceMs`, else the last one read
 * (possibly in an earlier session). For answers the page is waiting on, such as whether to show the panel.
 */
export async function readPolicySoon(patienceMs = 400): Promise<OrgPolicy> {
  const fresh = readPolicy().then(({ policy }) => policy);
  const fallback = new Promise<OrgPolicy>((resolve) =>
    setTimeout(() => void lastKnownPolicy.getValue().then((raw) => resolve(parsePolicy(raw).policy)), patienceMs),
  );
  return Promise.race([fresh, fallback]);
}

/** Start reading the policy now, and again whenever the administrators change it; `onChange` hears of changes. */
export function keepPolicyFresh(onChange?: (reading: PolicyReading) => void): void {
  void readPolicy().then((reading) => onChange?.(reading));
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    loading = load();
    void loading.then((reading) => onChange?.(reading));
  });
}

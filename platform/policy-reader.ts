import { browser } from 'wxt/browser';
import { lastKnownPolicy } from './settings';
import { emptyPolicy, parsePolicy, type OrgPolicy, type PolicyProblem } from '@/utils/policy';

/** The organization's policy as read, with the values that were ignored and why. */
export interface PolicyReading {
  readonly policy: OrgPolicy;
  readonly problems: readonly PolicyProblem[];
}

let loading: Promise<PolicyReading> | undefined;
/** Whether the stored copy may be believed: only once storage is closed to content scripts (see `trustStoredPolicyWhen`). */
let storedCopyTrusted: Promise<boolean> = Promise.resolve(false);
/** The latest reading that has arrived, for answers that cannot wait for one still pending. */
let arrived: PolicyReading | undefined;

/**
 * Read managed storage, asking again every second until an answer comes. In Chromium 156 a read made while the
 * service worker starts can stay unanswered until a later read is made (measured: never within 7 s alone,
 * 1.2 s once a second read was sent), so one call is not enough.
 */
function readManagedStorage(): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let attempts = 0;
    const ask = () => {
      attempts += 1;
      browser.storage.managed.get().then((raw) => {
        clearInterval(timer);
        resolve(raw);
      }, reject);
      if (attempts >= 10) clearInterval(timer);
    };
    const timer = setInterval(ask, 1000);
    ask();
  });
}

async function load(): Promise<PolicyReading> {
  try {
    const raw = await readManagedStorage();
    void lastKnownPolicy.setValue(raw);
    arrived = parsePolicy(raw);
    return arrived;
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
 * The policy without waiting: this context's latest reading if one has arrived, else the last one stored,
 * possibly in an earlier session. For answers a page is waiting on. Measured here: while a managed-storage
 * read was pending at start-up, waiting 400 ms for it made every sign-in page wait 400 ms for its panel.
 */
export async function readPolicySoon(): Promise<OrgPolicy> {
  const reading = readPolicy(); // start a read if none has been started
  if (arrived) return arrived.policy;
  if (!(await storedCopyTrusted)) return (await reading).policy; // a copy a page world could have written is never read
  const stored = parsePolicy(await lastKnownPolicy.getValue()).policy;
  return (arrived as PolicyReading | undefined)?.policy ?? stored; // a reading that arrived meanwhile wins
}

/**
 * Believe the stored copy of the policy only once `closed` resolves `true`: storage is closed to content scripts, so
 * only the extension's own pages and service worker can have written it (the key is new with that change, so a
 * copy written before it, when pages could write, is never read).
 */
export function trustStoredPolicyWhen(closed: Promise<boolean>): void {
  storedCopyTrusted = closed;
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

import { browser } from 'wxt/browser';
import { credentialFieldProbe, type ProbeFinding } from './probe';
import { guardEdition } from '@/platform/edition';
import { readPolicySoon } from '@/platform/policy-reader';
import { lookalikeGuardEnabled, trustedLookalikeHosts } from '@/platform/settings';
import { signInHostname } from '@/utils/identify-portal';
import { credentialFieldSelector, guardOrigins, type LookalikeVerdict, numberShownSelector, probeHints } from '@/utils/lookalike';
import type { GuardMode, OrgPolicy } from '@/utils/policy';
import { panelHosts } from '@/utils/portals';

/** What the guard does now: the policy decides if it says, else the person's switch (with the permission granted). */
export async function guardMode(policy: OrgPolicy): Promise<GuardMode> {
  if (policy.lookalikeGuard) return policy.lookalikeGuard;
  if (!(await lookalikeGuardEnabled.getValue())) return 'off';
  return 'warn';
}

/** Whether the guard looks at this host at all: https, not Microsoft's own, not the organization's, not trusted. */
export async function guardWatches(host: string, policy: OrgPolicy): Promise<boolean> {
  if (panelHosts.includes(host) || policy.extraSignInHosts.includes(host) || policy.trustedSignInHosts?.includes(host)) return false;
  return !(await trustedLookalikeHosts.getValue()).includes(host);
}

/**
 * Where the guard is with a tab's page, kept in session memory (gone when the browser closes): `watching` (the
 * tripwire is in place, until a field shows or gets focus), `no-field` (the page went before one did), `ordinary` (a field, not a look-alike), `look-alike`; or `off`, and
 * `trusted` for Microsoft's own, the organization's and trusted hosts, which it leaves alone. Scripts and
 * tests read it to know the guard is done with a page; it holds no address.
 */
export type GuardProgress = 'off' | 'trusted' | 'watching' | 'no-field' | 'ordinary' | 'look-alike';

const note = (tabId: number, progress: GuardProgress) =>
  browser.storage.session.set({ [`guard:${tabId}`]: progress }).catch(() => undefined);

/** Look at one loaded page: the tripwire in the page's world, the detector once a field shows, the warning if it imitates. */
async function lookAt(tabId: number, url: string): Promise<void> {
  const host = signInHostname(url);
  if (!host) return;
  const policy = await readPolicySoon();
  if (!guardEdition && !(await browser.permissions.contains({ origins: [...guardOrigins] }))) return;
  if ((await guardMode(policy)) === 'off') return void (await note(tabId, 'off'));
  if (!(await guardWatches(host, policy))) return void (await note(tabId, 'trusted'));
  const target = { tabId, frameIds: [0] };
  const tripping = browser.scripting.executeScript({
    target,
    world: 'MAIN',
    func: credentialFieldProbe,
    args: [credentialFieldSelector, numberShownSelector, probeHints],
  });
  await note(tabId, 'watching');
  const [tripped] = await tripping;
  const found = tripped?.result as ProbeFinding | undefined;
  if (found === undefined) return void (await note(tabId, 'no-field'));
  if (found === 'ordinary') return void (await note(tabId, 'ordinary')); // a field, nothing of Microsoft's: no detector
  const [judged] = await browser.scripting.executeScript({ target, world: 'MAIN', files: ['/guard-detector.js'] });
  const verdict = judged?.result as LookalikeVerdict | undefined;
  if (verdict?.lookalike !== true) return void (await note(tabId, 'ordinary'));
  verdicts.set(tabId, verdict);
  await note(tabId, 'look-alike');
  // Only now does the page get an extension world: the warning, in a closed shadow root.
  await browser.scripting.executeScript({ target, files: ['/guard-warning.js'] });
}

/** The latest look-alike verdict per tab, for the warning to say which signals matched. */
const verdicts = new Map<number, LookalikeVerdict>();

/** The verdict the guard reached on a tab's page, if it found a look-alike there. */
export function verdictOf(tabId: number): LookalikeVerdict | undefined {
  return verdicts.get(tabId);
}

/**
 * Start the look-alike guard: each https page a tab finishes loading is looked at (see {@link lookAt}); the browser
 * reports the tab's address only where the guard's host permission is granted. Nothing is sent anywhere.
 */
export function startLookalikeGuard(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url?.startsWith('https://')) void lookAt(tabId, tab.url).catch(() => undefined);
  });
}

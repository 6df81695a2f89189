import { browser, type Browser } from 'wxt/browser';
import { credentialFieldProbe, type ProbeMode, type ProbeResult, validProbeResult } from './probe';
import { respondToLookalike } from './respond';
import { claimWarning, forgetTab, hasPass, isCurrent, maxFrames, noteProgress, noteVerdict, pageOf, startPage } from './tab-state';
import { guardEdition } from '@/platform/edition';
import { readPolicySoon } from '@/platform/policy-reader';
import { lookalikeGuardEnabled, trustedLookalikeHosts } from '@/platform/settings';
import {
  credentialFieldRules,
  guardPermissions,
  isMicrosoftSignInFrontEnd,
  type LookalikeVerdict,
  numberShownSelector,
  probeHints,
  scoreSignals,
  type SignalId,
  validSignalIds,
} from '@/utils/lookalike';
import { signInHostname } from '@/utils/identify-portal';
import { guardTarget } from '@/utils/lookalike/target';
import type { GuardMode, OrgPolicy } from '@/utils/policy';
import { panelHosts } from '@/utils/portals';

/** What the guard does now: the policy decides if it says, else the person's switch (with the permission granted). */
export async function guardMode(policy: OrgPolicy): Promise<GuardMode> {
  if (policy.lookalikeGuard) return policy.lookalikeGuard;
  if (!(await lookalikeGuardEnabled.getValue())) return 'off';
  return 'warn';
}

/**
 * Whether the guard looks at this page at all: not Microsoft's own (by the strict host rule: https, no port, no user
 * info, a catalog host or one of Microsoft's sign-in front ends), not the organization's, not trusted.
 */
export async function guardWatches(url: URL, policy: OrgPolicy): Promise<boolean> {
  const host = url.hostname;
  const strict = signInHostname(url);
  if (strict !== undefined && (panelHosts.includes(strict) || isMicrosoftSignInFrontEnd(strict))) return false;
  if (policy.extraSignInHosts.includes(host) || policy.trustedSignInHosts?.includes(host)) return false;
  return !(await trustedLookalikeHosts.getValue()).includes(host);
}

/** Checks per page: the first when it loads, then one each time a new credential field comes (one at a time). */
const maxChecks = 5;

/** One loaded document of a tab (the page itself, or one of its frames). */
interface Loaded {
  readonly tabId: number;
  readonly frameId: number;
  readonly documentId: string;
  /** The top page's document, whose warning this is. */
  readonly pageId: string;
  readonly url: URL;
}

/** Run the tripwire in the document's own world; undefined when the document went away or answered nonsense. */
async function probe(loaded: Loaded, mode: ProbeMode, lastSize: number): Promise<ProbeResult | undefined> {
  const [ran] = await browser.scripting
    .executeScript({
      target: { tabId: loaded.tabId, documentIds: [loaded.documentId] },
      world: 'MAIN',
      func: credentialFieldProbe,
      args: [credentialFieldRules, numberShownSelector, probeHints, mode, lastSize],
    })
    .catch(() => []);
  return validProbeResult(ran?.result);
}

/** Run the detector in an extension world of the document (which the page cannot watch or bend), and weigh what it found. */
async function detect(loaded: Loaded, found: ProbeResult): Promise<LookalikeVerdict> {
  const [ran] = await browser.scripting
    .executeScript({ target: { tabId: loaded.tabId, documentIds: [loaded.documentId] }, files: ['/guard-detector.js'] })
    .catch(() => []);
  const extra: SignalId[] = found.config ? ['page-config'] : [];
  return scoreSignals([...validSignalIds(ran?.result), ...extra]);
}

/** Look at one loaded document: the tripwire, the detector on a suspect page, the answer on a look-alike. Bounded. */
async function lookAt(loaded: Loaded): Promise<void> {
  const top = loaded.frameId === 0;
  const note = (progress: Parameters<typeof noteProgress>[2]) =>
    top ? noteProgress(loaded.tabId, loaded.pageId, progress) : Promise.resolve();
  const policy = await readPolicySoon();
  const mode = await guardMode(policy);
  if (mode === 'off') return note('off');
  if (!(await guardWatches(loaded.url, policy)) || hasPass(loaded.tabId, loaded.url.hostname)) return note('trusted');
  let size = -1;
  for (let check = 0; check < maxChecks; check += 1) {
    const probing = probe(loaded, check === 0 ? 'load' : 'again', size);
    if (check === 0) await note('watching');
    const found = await probing;
    if (!isCurrent(loaded.tabId, loaded.pageId)) return;
    if (!found) return check === 0 ? note('no-field') : undefined;
    size = found.size;
    if (found.finding === 'suspect') {
      const verdict = await detect(loaded, found);
      if (!isCurrent(loaded.tabId, loaded.pageId)) return;
      if (top || verdict.lookalike) await noteVerdict(loaded.tabId, loaded.pageId, verdict);
      if (verdict.lookalike) {
        const address = `${loaded.url.origin}${loaded.url.pathname}`;
        const claimed = claimWarning(loaded.tabId, {
          documentId: loaded.pageId,
          host: loaded.url.hostname,
          origin: loaded.url.origin,
          address,
          verdict,
        });
        if (!claimed) return;
        await noteProgress(loaded.tabId, loaded.pageId, 'look-alike');
        return respondToLookalike(loaded.tabId, mode, policy);
      }
    }
    await note('ordinary');
  }
}

/** Whether the guard may run at all: the organization edition, or the person granted what the switch asks for. */
async function permitted(): Promise<boolean> {
  return (
    guardEdition ||
    browser.permissions
      .contains({ permissions: [...guardPermissions.permissions], origins: [...guardPermissions.origins] })
      .catch(() => false)
  );
}

type Completed = Browser.webNavigation.WebNavigationFramedCallbackDetails;

/** Frames without an address of their own, which Chromium lets an extension into: judged under their page's address. */
const inheritsPageAddress = (address: string) => address.startsWith('data:') || address === 'about:srcdoc';

/** A document finished loading in some frame: look at it if it is a web page the guard may judge. */
async function onCompleted(details: Completed): Promise<void> {
  const documentId = (details as { documentId?: string }).documentId;
  const own = guardTarget(details.url, guardEdition);
  if (!documentId || !(own || (details.frameId !== 0 && inheritsPageAddress(details.url))) || !(await permitted())) return;
  if (details.frameId === 0 && own && pageOf(details.tabId)?.documentId !== documentId) startPage(details.tabId, documentId, own);
  const page = pageOf(details.tabId);
  const url = own ?? page?.url;
  if (!page || !url) return;
  if (details.frameId !== 0) {
    if (page.frames >= maxFrames) return;
    page.frames += 1;
  }
  await lookAt({ tabId: details.tabId, frameId: details.frameId, documentId, pageId: page.documentId, url });
}

/**
 * Start the look-alike guard: each document a tab loads (its page and, up to ten, its frames) is looked at; a newer
 * page of the tab cancels the older one's work. The browser reports addresses only where the guard's permissions
 * are granted. Nothing is sent anywhere.
 */
export function startLookalikeGuard(): void {
  const listen = () => {
    const navigation = browser.webNavigation;
    if (!navigation || navigation.onCompleted.hasListener(onCompletedListener)) return;
    navigation.onCommitted.addListener(onCommittedListener);
    navigation.onCompleted.addListener(onCompletedListener);
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
}

/**
 * A page committed: a new top page starts the tab afresh. A `blob:` document (which a kit can build from a string in
 * the page) never reports its load as complete in Chromium 156, so it is looked at from here: the tripwire then waits
 * for the document to be idle, as for any other page.
 */
function onCommittedListener(details: Browser.webNavigation.WebNavigationTransitionCallbackDetails): void {
  const documentId = (details as { documentId?: string }).documentId;
  const url = guardTarget(details.url, true);
  if (details.frameId === 0 && documentId && url) startPage(details.tabId, documentId, url);
  if (details.url.startsWith('blob:')) void onCompleted(details).catch(() => undefined);
}

function onCompletedListener(details: Completed): void {
  void onCompleted(details).catch(() => undefined);
}

import { browser } from 'wxt/browser';
import type { LookalikeVerdict } from '@/utils/lookalike';

/**
 * Where the guard is with a tab's page, kept in session memory (gone when the browser closes, and when the tab
 * closes): `watching` (the tripwire is in place, until a field shows or gets focus), `no-field` (the page went before
 * one did), `ordinary` (a field, not a look-alike), `look-alike`; or `off`, and `trusted` for Microsoft's own, the
 * organization's and trusted hosts, which it leaves alone. Scripts and tests read it to know the guard is done
 * with a page; it holds no address.
 */
export type GuardProgress = 'off' | 'trusted' | 'watching' | 'no-field' | 'ordinary' | 'look-alike';

/** The page a tab shows now, as the browser reported its commit: later answers about older pages are dropped. */
interface TabPage {
  readonly documentId: string;
  /** The page's address, for its frames that have none of their own (`about:srcdoc`, `data:`). */
  readonly url: URL;
  /** Frames of this page the guard has looked at (at most `maxFrames`). */
  frames: number;
  /** Whether this page was already found to be a look-alike: one warning per page. */
  warned: boolean;
}

/** A look-alike the guard found in a tab: where, and why. */
export interface TabLookalike {
  readonly documentId: string;
  readonly host: string;
  readonly origin: string;
  /** The page's address without query or fragment, to go back to after "Continue anyway" (session memory only). */
  readonly address: string;
  readonly verdict: LookalikeVerdict;
}

/** Frames per page the guard looks into (ads and widgets can bring dozens). */
export const maxFrames = 10;

const pages = new Map<number, TabPage>();
/** Tabs the person let through the block page ("Continue anyway"), with the host they may show. */
const passes = new Map<number, string>();
const lookalikes = new Map<number, TabLookalike>();

const progressKey = (tabId: number) => `guard:${tabId}`;
const verdictKey = (tabId: number) => `guard-verdict:${tabId}`;

/** A new page committed in a tab's top frame: the older page's work is dropped. */
export function startPage(tabId: number, documentId: string, url: URL): void {
  pages.set(tabId, { documentId, url, frames: 0, warned: false });
  lookalikes.delete(tabId);
  void browser.storage.session.remove([progressKey(tabId), verdictKey(tabId)]).catch(() => undefined);
}

/** The tab's current page, if the browser reported one. */
export function pageOf(tabId: number): TabPage | undefined {
  return pages.get(tabId);
}

/** Whether `documentId` is still the page the tab shows. */
export function isCurrent(tabId: number, documentId: string): boolean {
  return pages.get(tabId)?.documentId === documentId;
}

/** Note the guard's progress with the tab's page (only while that page is still shown). */
export async function noteProgress(tabId: number, documentId: string, progress: GuardProgress): Promise<void> {
  if (!isCurrent(tabId, documentId)) return;
  await browser.storage.session.set({ [progressKey(tabId)]: progress }).catch(() => undefined);
}

/** Note the detector's verdict on the tab's page, with its weighted signals (for scripts, the evaluation and tests). */
export async function noteVerdict(tabId: number, documentId: string, verdict: LookalikeVerdict): Promise<void> {
  if (!isCurrent(tabId, documentId)) return;
  await browser.storage.session.set({ [verdictKey(tabId)]: verdict }).catch(() => undefined);
}

/** Remember the look-alike a tab shows; false if this page already had its one warning. */
export function claimWarning(tabId: number, found: TabLookalike): boolean {
  const page = pages.get(tabId);
  if (!page || page.documentId !== found.documentId || page.warned) return false;
  page.warned = true;
  lookalikes.set(tabId, found);
  return true;
}

/** The look-alike the tab shows now, if the guard found one. */
export function lookalikeOf(tabId: number): TabLookalike | undefined {
  return lookalikes.get(tabId);
}

/** Let a tab show a blocked host after all ("Continue anyway", where policy allows it), until the tab closes. */
export function grantPass(tabId: number, host: string): void {
  passes.set(tabId, host);
}

/** Whether the person let this tab through to this host. */
export function hasPass(tabId: number, host: string): boolean {
  return passes.get(tabId) === host;
}

/** Forget everything about a closed tab, in memory and in session storage. */
export function forgetTab(tabId: number): void {
  pages.delete(tabId);
  lookalikes.delete(tabId);
  passes.delete(tabId);
  void browser.storage.session.remove([progressKey(tabId), verdictKey(tabId), `guard-block:${tabId}`]).catch(() => undefined);
}

import { browser } from 'wxt/browser';
import { lookalikeOf } from './tab-state';
import { reportEvent } from '../reporting/channel';
import { loadTranslation } from '@/platform/translation';
import { createTranslator } from '@/utils/i18n/translate';
import type { GuardMode, OrgPolicy } from '@/utils/policy';

/** Where the block page lives: a page of the extension, out of the look-alike's reach. */
export const blockPagePath = '/blocked.html';

/**
 * The toolbar icon of the tab says "fake sign-in page" (the page cannot touch the toolbar): a red `!` and a tooltip
 * naming the host. Chrome clears both when the tab navigates.
 */
async function markToolbar(tabId: number, host: string): Promise<void> {
  const { messages } = await loadTranslation();
  const t = createTranslator(messages);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#c50f1f' }),
    browser.action.setTitle({ tabId, title: t('guard.badgeTitle', { host }) }),
  ]).catch(() => undefined);
}

/**
 * Answer a look-alike the guard found in a tab: in `warn` mode the warning at the top of the page and the toolbar
 * mark; in `block` mode the tab is taken to the extension's block page, so nothing typed after the verdict reaches
 * the look-alike (the details wait in session memory for the block page). Either is reported to the organization's
 * endpoint where its policy sets one (the host, origin and signals; never the path).
 */
export async function respondToLookalike(tabId: number, mode: Exclude<GuardMode, 'off'>, policy: OrgPolicy): Promise<void> {
  const found = lookalikeOf(tabId);
  if (!found) return;
  const signals = found.verdict.signals;
  void reportEvent({ event: mode === 'block' ? 'lookalike-blocked' : 'lookalike-warned', origin: found.origin, signals, mode });
  if (mode === 'block') {
    await browser.storage.session.set({ [`guard-block:${tabId}`]: { ...found, allowContinue: policy.allowContinueOnBlock === true } });
    await browser.tabs.update(tabId, { url: browser.runtime.getURL(blockPagePath) }).catch(() => undefined);
    await markToolbar(tabId, found.host);
    return;
  }
  await browser.scripting
    .executeScript({ target: { tabId, documentIds: [found.documentId] }, files: ['/guard-warning.js'] })
    .catch(() => undefined);
  await markToolbar(tabId, found.host);
}

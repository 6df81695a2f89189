import { browser } from 'wxt/browser';
import { blockPagePath } from './respond';
import { guardMode } from './service';
import { grantPass, lookalikeOf, type TabLookalike } from './tab-state';
import type { Sender } from '../page-requests';
import { reportEvent } from '../reporting/channel';
import { readPolicySoon } from '@/platform/policy-reader';
import { trustedLookalikeHosts } from '@/platform/settings';
import { loadTranslation } from '@/platform/translation';
import { pickMessages } from '@/utils/i18n/pick-messages';
import {
  type GuardPageAnswer,
  isGuardBlockedRequest,
  isGuardContinueRequest,
  isGuardPageRequest,
  isGuardTrustRequest,
} from '@/utils/messages';
import { portalFor } from '@/utils/portals';

/** The tab and look-alike of a message from the warning: our own script, in the top frame of the page found. */
function lookalikeOfWarning(sender: Sender): { tabId: number; found: TabLookalike } | undefined {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || sender.frameId !== 0) return undefined;
  const found = lookalikeOf(tabId);
  const documentId = (sender as { documentId?: string }).documentId;
  return found && (documentId === undefined || documentId === found.documentId) ? { tabId, found } : undefined;
}

/** The block details of a message from the extension's own block page, in the tab it blocked. */
async function blockedOf(sender: Sender): Promise<{ tabId: number; found: TabLookalike & { allowContinue: boolean } } | undefined> {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || !sender.url?.startsWith(browser.runtime.getURL(blockPagePath)))
    return undefined;
  const key = `guard-block:${tabId}`;
  const found = (await browser.storage.session.get(key))[key] as (TabLookalike & { allowContinue: boolean }) | undefined;
  return found && typeof found.host === 'string' ? { tabId, found } : undefined;
}

/** The words, signals and links of the warning or the block page. */
async function answerFor(found: TabLookalike, mode: 'warn' | 'block', allowContinue?: boolean): Promise<GuardPageAnswer> {
  const policy = await readPolicySoon();
  const { messages, locale } = await loadTranslation();
  return {
    mode,
    locale,
    host: found.host,
    origin: found.origin,
    signals: found.verdict.signals,
    texts: pickMessages(messages, ['guard']),
    realSignIn: portalFor(policy.expectedCloud ?? 'global').links.home.url,
    ...(allowContinue === undefined ? {} : { allowContinue }),
  };
}

/** Answer the look-alike warning and the block page, for as long as the service worker runs. */
export function answerGuard(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (isGuardPageRequest(message)) {
      const known = lookalikeOfWarning(sender);
      if (!known) return Promise.resolve(null);
      return readPolicySoon()
        .then((policy) => guardMode(policy))
        .then((mode) => (mode === 'off' ? null : answerFor(known.found, mode)));
    }
    if (isGuardTrustRequest(message)) {
      const known = lookalikeOfWarning(sender);
      if (!known) return Promise.resolve(false);
      void reportEvent({ event: 'lookalike-trusted', origin: known.found.origin, signals: known.found.verdict.signals, mode: 'warn' });
      return trustedLookalikeHosts.add(known.found.host).then(() => true);
    }
    if (isGuardBlockedRequest(message)) {
      return blockedOf(sender).then((blocked) => (blocked ? answerFor(blocked.found, 'block', blocked.found.allowContinue) : null));
    }
    if (isGuardContinueRequest(message)) {
      return blockedOf(sender).then(async (blocked) => {
        if (!blocked?.found.allowContinue) return false;
        grantPass(blocked.tabId, blocked.found.host);
        void reportEvent({
          event: 'lookalike-trusted',
          origin: blocked.found.origin,
          signals: blocked.found.verdict.signals,
          mode: 'block',
        });
        await browser.storage.session.remove(`guard-block:${blocked.tabId}`);
        await browser.tabs.update(blocked.tabId, { url: blocked.found.address });
        return true;
      });
    }
    return undefined;
  });
}

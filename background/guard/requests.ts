import { browser } from 'wxt/browser';
import { guardMode, guardWatches, verdictOf } from './service';
import type { Sender } from '../page-requests';
import { readPolicySoon } from '@/platform/policy-reader';
import { trustedLookalikeHosts } from '@/platform/settings';
import { loadTranslation } from '@/platform/translation';
import { signInHostname } from '@/utils/identify-portal';
import { pickMessages } from '@/utils/i18n/pick-messages';
import { isGuardPageRequest, isGuardTrustRequest, type GuardPageAnswer } from '@/utils/messages';
import { portalFor } from '@/utils/portals';

/** The host of the page that sent a message, from the browser's report, if it is a tab's top frame on https. */
function hostOfSender(sender: Sender): string | undefined {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
  return signInHostname(sender.origin ?? sender.url ?? '');
}

/** Answer the look-alike warning: its words, mode and signals; or `null` where the guard has nothing to say. */
async function answerGuardPage(sender: Sender): Promise<GuardPageAnswer | null> {
  const host = hostOfSender(sender);
  const verdict = sender.tab?.id === undefined ? undefined : verdictOf(sender.tab.id);
  if (!host || !verdict?.lookalike) return null;
  const policy = await readPolicySoon();
  const mode = await guardMode(policy);
  if (mode === 'off' || !(await guardWatches(host, policy))) return null;
  const { messages, locale } = await loadTranslation();
  return {
    mode,
    locale,
    signals: verdict.signals,
    texts: pickMessages(messages, ['guard']),
    realSignIn: portalFor('global').links.home.url,
  };
}

/** Answer the look-alike guard's questions, for as long as the service worker runs. */
export function answerGuard(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (isGuardPageRequest(message)) return answerGuardPage(sender);
    if (isGuardTrustRequest(message)) {
      const host = hostOfSender(sender);
      return host ? trustedLookalikeHosts.add(host).then(() => true) : Promise.resolve(false);
    }
    return undefined;
  });
}

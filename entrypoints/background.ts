import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showPortalOnBadge } from '@/utils/extension/badge';
import { loadTranslation } from '@/utils/extension/i18n';
import { syncOrganizationHosts } from '@/utils/extension/organization-hosts';
import { keepPolicyFresh, readPolicy, readPolicySoon } from '@/utils/extension/policy';
import { warningFor } from '@/utils/extension/warning-service';
import { helpFor } from '@/utils/help';
import { panelMessageGroups, pickMessages } from '@/utils/i18n/pick-messages';
import { keyPart } from '@/utils/i18n/translate';
import { isHelpRequest, isPortalRequest, isWarningRequest, type PortalAnswer, type PortalRequest } from '@/utils/messages';
import { decideWarning } from '@/utils/warnings/decide';
import { portalById } from '@/utils/portals';
import { organizationPortalId, portalForOrigin } from '@/utils/portals/organization';
import type { Portal } from '@/utils/portals/types';

// The service worker holds the catalog, the tables and the languages; content scripts ask it, and stay small.
export default defineBackground(() => {
  keepPolicyFresh(({ policy }) => void syncOrganizationHosts(policy).catch(() => undefined));
  const resync = () => void readPolicy().then(({ policy }) => syncOrganizationHosts(policy)).catch(() => undefined);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);

  // Everything a sign-in page needs to start, in one answer: its portal, the panel's words, the help for the step
  // on screen, and the warning that needs no typing.
  async function answerPortal(request: PortalRequest, tabId: number | undefined, topFrame: boolean): Promise<PortalAnswer | null> {
    const [policy, translation] = await Promise.all([readPolicySoon(), loadTranslation()]);
    const portal = portalForOrigin(request.origin, policy);
    if (!portal) return null;
    const { t } = translation;
    if (tabId !== undefined && topFrame) void showPortalOnBadge(tabId, portal, t);
    const texts = pickMessages(translation.messages, [...panelMessageGroups, `portal.${keyPart(portal.id)}`]);
    const { helpdesk } = policy;
    const help = request.reading ? helpFor(portal, request.reading, { t, helpdeskName: helpdesk?.name }) : undefined;
    const warning = decideWarning({ portal, policy }, t) ?? null;
    const page = { ...portal, examples: [], hostSources: [] }; // the page needs no catalog bookkeeping
    return { portal: page, locale: translation.locale, texts, warning, ...(helpdesk ? { helpdesk } : {}), ...(help ? { help } : {}) };
  }

  // Help and warnings are asked by portal id; an organization's own host is known by the sender's origin.
  async function portalOf(message: { portalId: string }, senderOrigin: string | undefined): Promise<Portal | undefined> {
    if (message.portalId !== organizationPortalId) return portalById(message.portalId);
    return senderOrigin ? portalForOrigin(senderOrigin, await readPolicySoon()) : undefined;
  }

  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isPortalRequest(message)) return answerPortal(message, sender.tab?.id, sender.frameId === 0);
    const senderOrigin = sender.origin ?? (sender.url ? new URL(sender.url).origin : undefined);
    if (isHelpRequest(message)) {
      return Promise.all([portalOf(message, senderOrigin), loadTranslation(), readPolicySoon()]).then(([portal, { t }, policy]) =>
        portal ? helpFor(portal, message.reading, { t, helpdeskName: policy.helpdesk?.name }) : null,
      );
    }
    if (isWarningRequest(message)) {
      return Promise.all([portalOf(message, senderOrigin), loadTranslation()]).then(async ([portal, { t }]) =>
        portal ? ((await warningFor(portal, message.domain, t)) ?? null) : null,
      );
    }
    return undefined;
  });
});

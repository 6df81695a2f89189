import { LinkList } from './LinkList';
import { cloudLabels } from '@/utils/portals/clouds';
import type { Portal } from '@/utils/portals/types';

const accountWords = {
  work: 'Work or school accounts (given to you by your organization)',
  personal: 'Personal Microsoft accounts (Outlook.com, Hotmail, Xbox, Skype)',
} as const;

/** The portal's links in the order people need them, with their labels. */
export function portalLinkList(portal: Portal): { label: string; url: string }[] {
  const { home, passwordReset, securityInfo, errorLookup } = portal.links;
  return [
    { label: 'Reset a forgotten password', url: passwordReset.url },
    ...(securityInfo ? [{ label: 'Your security info (phone, authenticator app)', url: securityInfo.url }] : []),
    ...(errorLookup ? [{ label: 'Look up a sign-in error code', url: errorLookup.url }] : []),
    { label: portal.account === 'personal' ? 'Your Microsoft account' : 'Microsoft 365 home', url: home.url },
  ];
}

/** Which portal and cloud this is, who signs in here, and that portal's main links. */
export function PortalSummary({ portal }: { portal: Portal }) {
  const retired = portal.status.state === 'retired' ? portal.status : undefined;
  return (
    <section class="portal" aria-label="This sign-in page">
      <p class="portal-name">{portal.name}</p>
      <dl class="facts">
        <dt>Cloud</dt>
        <dd>{cloudLabels[portal.cloud].name}</dd>
        <dt>For</dt>
        <dd>{accountWords[portal.account]}</dd>
      </dl>
      <p class="audience">This is you if: {portal.audience}</p>
      {retired && (
        <p class="note" role="note">
          This portal closed on {formatDate(retired.since)}. Its accounts moved to the worldwide cloud: sign in at
          Microsoft 365 with the same work address.
        </p>
      )}
      <LinkList links={portalLinkList(portal)} />
    </section>
  );
}

function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

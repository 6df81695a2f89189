import { useI18n } from './i18n';
import { LinkList } from './LinkList';
import type { Translate } from '@/utils/i18n/translate';
import { languageTag } from '@/utils/i18n/locales';
import type { Portal } from '@/utils/portals/types';
import { portalAudience } from '@/utils/portals/words';

/** The portal's links in the order people need them, with their labels. */
export function portalLinkList(portal: Portal, t: Translate): { label: string; url: string }[] {
  const { home, homeDod, passwordReset, securityInfo, errorLookup } = portal.links;
  const homes = homeDod
    ? [
        { label: t('summary.links.homeGccHigh'), url: home.url },
        { label: t('summary.links.homeDod'), url: homeDod.url },
      ]
    : [{ label: portal.account === 'personal' ? t('summary.links.homePersonal') : t('summary.links.homeWork'), url: home.url }];
  return [
    { label: t('summary.links.passwordReset'), url: passwordReset.url },
    ...(securityInfo ? [{ label: t('summary.links.securityInfo'), url: securityInfo.url }] : []),
    ...(errorLookup ? [{ label: t('summary.links.errorLookup'), url: errorLookup.url }] : []),
    ...homes,
  ];
}

/** Who signs in on a portal, whether it is closed, and that portal's main links (its name is in the header above). */
export function PortalSummary({ portal }: { portal: Portal }) {
  const { t, locale } = useI18n();
  const retired = portal.status.state === 'retired' ? portal.status : undefined;
  return (
    <section class="portal" aria-label={t('summary.label')}>
      <p class="audience">{t('summary.audience', { audience: portalAudience(portal, t) })}</p>
      {retired && (
        <p class="note" role="note">
          {t('summary.retired', { date: formatDate(retired.since, locale === 'en' ? 'en-GB' : languageTag(locale)) })}
        </p>
      )}
      <LinkList links={portalLinkList(portal, t)} />
    </section>
  );
}

function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return date.toLocaleDateString(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

import { useI18n } from '@/components/i18n';
import { LinkList } from '@/components/LinkList';
import { adminCenters, adminTopics, entraAdminCenters } from '@/utils/admin';
import { clouds } from '@/utils/portals/clouds';
import type { Cloud } from '@/utils/portals/types';
import { dynamicKey, keyPart } from '@/utils/i18n/translate';

/** For people who run Microsoft 365: each cloud's admin centers (Microsoft 365 and Entra) and the password tasks they come for. */
export function AdminCorner({ cloud }: { cloud?: Cloud }) {
  const { t } = useI18n();
  // The tab's cloud first when there is one; Germany's admins use the worldwide center, listed once.
  const order = cloud ? [cloud, ...clouds.filter((other) => other !== cloud)] : clouds;
  const seen = new Set<string>();
  const centers = order
    .filter((each) => each !== 'germany')
    .flatMap((each) => [...adminCenters[each], ...entraAdminCenters[each]])
    .filter((center) => !seen.has(center.url) && Boolean(seen.add(center.url)))
    .map((center) => ({ label: t(dynamicKey('admin', 'centers', keyPart(center.id))), url: center.url }));
  return (
    <details class="admin-corner" data-section="admin">
      <summary>{t('adminCorner.heading')}</summary>
      <p class="muted">{t('adminCorner.lead')}</p>
      <h3>{t('adminCorner.centersHeading')}</h3>
      <LinkList links={centers} />
      {adminTopics.map((topic) => (
        <section key={topic.id} class="admin-topic" data-admin-topic={topic.id}>
          <h3>{t(dynamicKey('admin', keyPart(topic.id), 'title'))}</h3>
          <p>{t(dynamicKey('admin', keyPart(topic.id), 'body'))}</p>
          <LinkList links={topic.links.map((link) => ({ label: t(dynamicKey('admin', 'links', link.id)), url: link.url }))} />
        </section>
      ))}
    </details>
  );
}

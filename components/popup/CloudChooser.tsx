import { useI18n } from '@/components/i18n';
import { signInPortals } from '@/utils/portals';
import { cloudName, clouds } from '@/utils/portals/clouds';
import type { Portal } from '@/utils/portals/types';
import { portalAudience, portalName } from '@/utils/portals/words';

/** "Where do I sign in?": each cloud's sign-in portals, with who each one is for. */
export function CloudChooser({ lead }: { lead: boolean }) {
  const { t } = useI18n();
  const ordered = clouds.flatMap((cloud) => signInPortals.filter((portal) => portal.cloud === cloud));
  return (
    <>
      {lead && <p class="lead">{t('where.lead')}</p>}
      <ul class="clouds">
        {ordered.map((portal) => (
          <PortalChoice key={portal.id} portal={portal} />
        ))}
      </ul>
    </>
  );
}

function PortalChoice({ portal }: { portal: Portal }) {
  const { t } = useI18n();
  const name = portalName(portal, t);
  return (
    <li data-portal={portal.id}>
      {portal.status.state === 'retired' ? (
        <span class="retired">{name}</span>
      ) : (
        <a href={portal.links.home.url} target="_blank" rel="noopener noreferrer">
          {name}
        </a>
      )}
      {portal.links.homeDod && (
        <a href={portal.links.homeDod.url} target="_blank" rel="noopener noreferrer">
          {t('summary.links.homeDod')}
        </a>
      )}
      <span class="audience">{portalAudience(portal, t)}</span>
      <span class="cloud">{t('where.cloud', { cloud: cloudName(portal.cloud, t) })}</span>
    </li>
  );
}

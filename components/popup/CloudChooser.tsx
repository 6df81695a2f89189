import { signInPortals } from '@/utils/portals';
import { cloudLabels, clouds } from '@/utils/portals/clouds';
import type { Portal } from '@/utils/portals/types';

/** "Where do I sign in?": each cloud's sign-in portals, for a tab that is not a Microsoft sign-in page. */
export function CloudChooser() {
  const ordered = clouds.flatMap((cloud) => signInPortals.filter((portal) => portal.cloud === cloud));
  return (
    <section aria-labelledby="where-heading">
      <h2 id="where-heading">Where do I sign in?</h2>
      <p class="lead">This tab is not a Microsoft sign-in page. Pick the place that matches your account:</p>
      <ul class="clouds">
        {ordered.map((portal) => (
          <PortalChoice key={portal.id} portal={portal} />
        ))}
      </ul>
    </section>
  );
}

function PortalChoice({ portal }: { portal: Portal }) {
  const retired = portal.status.state === 'retired';
  return (
    <li data-portal={portal.id}>
      {retired ? (
        <span class="retired">{portal.name}</span>
      ) : (
        <a href={portal.links.home.url} target="_blank" rel="noopener noreferrer">
          {portal.name}
        </a>
      )}
      <span class="audience">{portal.audience}</span>
      <span class="cloud">Cloud: {cloudLabels[portal.cloud].name}</span>
    </li>
  );
}

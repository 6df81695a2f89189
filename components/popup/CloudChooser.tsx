import { signInPortals } from '@/utils/portals';
import { cloudLabels, clouds } from '@/utils/portals/clouds';

/** "Where do I sign in?": each cloud's sign-in portals, for a tab that is not a Microsoft sign-in page. */
export function CloudChooser() {
  return (
    <section aria-labelledby="where-heading">
      <h2 id="where-heading">Where do I sign in?</h2>
      <p class="lead">This tab is not a Microsoft sign-in page. Pick the place that matches your account:</p>
      <ul class="clouds">
        {clouds.flatMap((cloud) =>
          signInPortals
            .filter((portal) => portal.cloud === cloud)
            .map((portal) => (
              <li key={portal.id} data-portal={portal.id}>
                <a href={portal.links.home.url} target="_blank" rel="noopener noreferrer">
                  {portal.name}
                </a>
                <span class="cloud">{cloudLabels[cloud].name}</span>
              </li>
            )),
        )}
      </ul>
    </section>
  );
}

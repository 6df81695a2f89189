import { signInCdnHosts } from './cdn';
import { signInFieldIds, signInFieldNames } from './fields';

/**
 * What the tripwire checks, cheaply, on a page with a credential field before the detector is run at all: any one of
 * Microsoft's field ids or names, an inline script that mentions `$Config` or `ServerData`, or a file from a sign-in
 * CDN in the resource timing. Every look-alike `judgePage` can find has one of them (it needs Microsoft's fields, its
 * configuration, or the CDN with the branding), so a page with none is ordinary without the detector's cost: on a
 * plain login page the detector took about 2.5 ms of main-thread time, cold, in Chromium 156.
 */
export interface ProbeHints {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly configMarkers: readonly string[];
  readonly cdnOrigins: readonly string[];
}

/** The hints, from the detectors' own lists (so the two cannot drift apart). */
export const probeHints: ProbeHints = {
  ids: signInFieldIds,
  names: signInFieldNames,
  configMarkers: ['$Config', 'ServerData'],
  cdnOrigins: signInCdnHosts.map((host) => `https://${host}/`),
};

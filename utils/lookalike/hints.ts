import { signInCdnHosts } from './cdn';
import { signInFieldIds, signInFieldNames } from './fields';
import { credentialFieldWords } from './neighbourhood';
import { pageConfigFields } from './page-config';
import { tripwireBrandWords } from './phrases';

/**
 * What the tripwire checks, cheaply and in the page's own world, before the detector is run at all: one of
 * Microsoft's field ids or names, an inline `$Config` or `ServerData` (as text, or the page's global of that name
 * holding Microsoft's configuration fields), a file from a sign-in CDN, or a Microsoft brand word in the title or
 * around the credential field (text, `alt`, `placeholder`, image names), or a field placed by pixel (an image-built kit).
 * Every signal that can lift a page to the
 * threshold needs one of them, so a page with none is ordinary without the detector's cost.
 */
export interface ProbeHints {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly configMarkers: readonly string[];
  readonly configFields: readonly string[];
  readonly cdnOrigins: readonly string[];
  /**
   * Microsoft's product names in lower case, matched with `includes` on lower-cased text (one pass, no regular
   * expression: on a login page the brand pattern cost 0.6 ms of the guard's 2 ms, measured with npm run bench).
   */
  readonly brandWords: readonly string[];
  /** The credential-field words pattern's source and flags (placeholders and labels of text boxes). */
  readonly fieldWords: readonly [string, string];
}

/** The hints, from the detectors' own lists (so the two cannot drift apart). */
export const probeHints: ProbeHints = {
  ids: signInFieldIds,
  names: [...signInFieldNames, 'forcedownlevel'],
  configMarkers: ['$Config', 'ServerData'],
  configFields: pageConfigFields,
  cdnOrigins: signInCdnHosts.map((host) => `https://${host}/`),
  brandWords: tripwireBrandWords,
  fieldWords: [credentialFieldWords.source, credentialFieldWords.flags],
};

import { evidenceAgainst } from './against';
import { signInCdn } from './cdn';
import { signInFields } from './fields';
import { riskyHost } from './host';
import { signInLayouts } from './layouts';
import { microsoftLogo } from './logo';
import { anyMatches } from './scope';
import { credentialFields, numberShownSelector } from './neighbourhood';
import { pageConfig } from './page-config';
import { pictureLogo } from './picture';
import type { LookalikeVerdict, PageEvidence, SignalDetector, SignalId } from './types';
import { knownSignalIds, scoreSignals } from './weights';
import { microsoftWording } from './wording';

export { type CredentialFieldRules, credentialFieldRules, credentialFieldSelector, numberShownSelector } from './neighbourhood';
export { type ProbeHints, probeHints } from './hints';
export { isMicrosoftSignInFrontEnd } from './frontends';
export { reachableShadowRoots } from './scope';
export { knownSignalIds, lookalikeThreshold, scoreSignals, signalWeights } from './weights';
export type { LookalikeVerdict, PageEvidence, SignalDetector, SignalId, WeightedSignal } from './types';

/** The detectors, strongest evidence first; adding one is one import and one line here. */
export const signalDetectors: readonly SignalDetector[] = [
  signInFields,
  pageConfig,
  signInCdn,
  signInLayouts,
  microsoftWording,
  microsoftLogo,
  pictureLogo,
  riskyHost,
  evidenceAgainst,
];

/**
 * What the guard needs: to look at pages on any https site, and to follow each document a tab loads (asked when the
 * person switches it on; declared in the organization edition).
 */
export const guardPermissions = { permissions: ['webNavigation'], origins: ['https://*/*'] } as const;

/**
 * The signals a page shows, if it shows a credential field or Microsoft's number display at all (in the document
 * or a reachable shadow root), or carries Microsoft's page configuration (a relayed page whose fields its scripts
 * draw later). Never throws: a detector that fails counts as silent.
 */
export function findSignals(evidence: PageEvidence): SignalId[] {
  const shows = credentialFields(evidence).length > 0;
  const found: SignalId[] = [];
  if (anyMatches(evidence, numberShownSelector)) found.push('number-match-display');
  for (const detector of signalDetectors) {
    try {
      found.push(...detector.detect(evidence));
    } catch {
      // a page that breaks one detector loses that detector's evidence, nothing more
    }
  }
  if (!shows && !found.includes('page-config')) return [];
  return found;
}

/** Whether a page imitates Microsoft's sign-in: its signals weighed by the table (`weights.ts`). Never throws. */
export function judgePage(evidence: PageEvidence, extra: readonly SignalId[] = []): LookalikeVerdict {
  try {
    return scoreSignals([...findSignals(evidence), ...extra]);
  } catch {
    return scoreSignals([]);
  }
}

/** The signal ids in a value sent back from a page's world, keeping only known ones (anything else is dropped). */
export function validSignalIds(value: unknown): SignalId[] {
  if (!Array.isArray(value)) return [];
  return value.filter((id): id is SignalId => typeof id === 'string' && knownSignalIds.has(id)).slice(0, 32);
}

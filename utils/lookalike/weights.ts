import type { LookalikeVerdict, SignalId, WeightedSignal } from './types';

/** One row of the guard's score table: how much a signal counts, and why. */
export interface SignalWeight {
  readonly id: SignalId;
  readonly weight: number;
  readonly why: string;
}

/**
 * The guard's decision as a table, sorted by signal id. A page is a look-alike when its signals add up to
 * `lookalikeThreshold`. Strong evidence (Microsoft's own field names, its page configuration) nearly decides alone;
 * wording, logo and host only together. Negative rows are evidence against. The weights and the threshold were
 * chosen by measurement on a development set of real kits and ordinary pages kept outside the repository
 * (docs/guard-evaluation.md has the figures).
 */
export const signalWeights: readonly SignalWeight[] = [
  { id: 'article-layout', weight: -4, why: 'the form is a small box beside an article or documentation text' },
  { id: 'document-lure', weight: 3, why: 'a credential form over a blurred document or a "view the shared file" prompt' },
  {
    id: 'form-over-picture',
    weight: 3,
    why: 'credential fields placed by pixel over a picture of a sign-in box (an image-built kit: words a filter cannot read)',
  },
  { id: 'microsoft-brand', weight: 2, why: "Microsoft's product names near the credential form (Office 365, Outlook, OneDrive…)" },
  {
    id: 'microsoft-logo',
    weight: 2,
    why: "Microsoft's logo: its image by name or host, or its four coloured squares (drawn, or in the picture under the form)",
  },
  { id: 'microsoft-phrase', weight: 3, why: "the wording of Microsoft's sign-in near the form, in any of eleven languages" },
  {
    id: 'microsoft-phrases',
    weight: 2,
    why: "two or more different phrases of Microsoft's sign-in near the form (added to microsoft-phrase)",
  },
  {
    id: 'microsoft-title',
    weight: 2,
    why: 'the title or the heading over the form says it is a sign-in to Microsoft or one of its products',
  },
  { id: 'number-match-display', weight: 4, why: 'the number to type into Authenticator, shown on a page that is not Microsoft’s' },
  { id: 'outlook-web-forms', weight: 3, why: "Outlook on the web's forms logon (logonForm, flags, forcedownlevel)" },
  { id: 'own-outlook-web', weight: -5, why: "Outlook on the web at its own address (/owa/) on an organization's host" },
  { id: 'page-config', weight: 4, why: "Microsoft's sign-in page configuration ($Config, ServerData) in the page" },
  {
    id: 'risky-host',
    weight: 2,
    why: 'free hosting or object storage, a brand word or look-alike spelling in the host, a WordPress folder',
  },
  { id: 'sign-in-cdn', weight: 3, why: "scripts or styles from Microsoft's sign-in CDNs" },
  { id: 'sign-in-field', weight: 2, why: "one of Microsoft's sign-in field ids or names on a form field" },
  { id: 'sign-in-fields', weight: 4, why: "two or more of Microsoft's sign-in field ids or names on form fields" },
  { id: 'sign-in-layout', weight: 3, why: "Microsoft's sign-in layout: its view names, branding classes or test ids" },
  { id: 'sign-in-with-microsoft', weight: -6, why: 'a "Sign in with Microsoft" button or a link to Microsoft\'s real sign-in' },
  { id: 'site-own-brand', weight: -3, why: "the site's own name heads the form" },
];

/** The score at which a page is a look-alike. */
export const lookalikeThreshold = 5;

const weightOf = new Map(signalWeights.map((row) => [row.id, row.weight]));

/** Every signal id the table knows, for validating what a page's world sends back. */
export const knownSignalIds: ReadonlySet<string> = new Set(weightOf.keys());

/** The verdict for a set of signals: each weighed by the table once, added up, against the threshold. */
export function scoreSignals(found: Iterable<SignalId>): LookalikeVerdict {
  const signals: WeightedSignal[] = [...new Set(found)]
    .filter((id) => weightOf.has(id))
    .sort()
    .map((id) => ({ id, weight: weightOf.get(id) ?? 0 }));
  const score = signals.reduce((sum, signal) => sum + signal.weight, 0);
  return { lookalike: score >= lookalikeThreshold, score, threshold: lookalikeThreshold, signals };
}

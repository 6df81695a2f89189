/** What the look-alike guard looks at on a page: its structure, the files it loaded and where it is. */
export interface PageEvidence {
  readonly document: Document;
  /** Resource URLs from the page's resource timing (scripts, styles, images), as strings. */
  readonly resources: readonly string[];
  /** Shadow roots the detector could reach (open ones, and closed ones where it runs in an extension world). */
  readonly shadowRoots?: readonly ShadowRoot[];
  /** The page's host and path (never its query): the host and path signals read them. */
  readonly location?: { readonly hostname: string; readonly pathname: string };
}

/**
 * The kinds of evidence, for and against. Their weights are the table in `weights.ts`; a detector only says which
 * it found.
 */
export type SignalId =
  | 'article-layout'
  | 'document-lure'
  | 'form-over-picture'
  | 'microsoft-brand'
  | 'microsoft-logo'
  | 'microsoft-phrase'
  | 'microsoft-phrases'
  | 'microsoft-title'
  | 'number-match-display'
  | 'outlook-web-forms'
  | 'own-outlook-web'
  | 'page-config'
  | 'risky-host'
  | 'sign-in-cdn'
  | 'sign-in-field'
  | 'sign-in-fields'
  | 'sign-in-layout'
  | 'sign-in-with-microsoft'
  | 'site-own-brand';

/** One detector: a pure function of the evidence, with its example pages and tests, like the step families. */
export interface SignalDetector {
  /** The signals this detector can report, for the registry's checks. */
  readonly reports: readonly SignalId[];
  /** Which of its signals are present; reads structure, attributes and inline script text, never typed values. */
  detect(evidence: PageEvidence): readonly SignalId[];
}

/** One signal in a verdict, with the weight the table gave it. */
export interface WeightedSignal {
  readonly id: SignalId;
  readonly weight: number;
}

/** What the guard concluded about a page, with the evidence and its weights (for the IT desk, the evaluation and tuning). */
export interface LookalikeVerdict {
  readonly lookalike: boolean;
  readonly score: number;
  readonly threshold: number;
  readonly signals: readonly WeightedSignal[];
}

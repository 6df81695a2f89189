/** What the look-alike guard looks at on a page: its document and the addresses of the resources it loaded. */
export interface PageEvidence {
  readonly document: Document;
  /** Resource URLs from the page's resource timing (scripts, styles, images), as strings. */
  readonly resources: readonly string[];
  /** The page's open shadow roots (see `focusedShadowRoots`), where a copied form can hide from the document's queries. */
  readonly shadowRoots?: readonly ShadowRoot[];
}

/** The kinds of signal a detector reports; a look-alike needs a credential field and two kinds together. */
export type SignalId = 'sign-in-fields' | 'page-config' | 'sign-in-cdn' | 'microsoft-branding';

/** One detector: a pure function of the evidence, with its examples, like the step families. */
export interface SignalDetector {
  readonly id: SignalId;
  /** Whether this signal is present; reads structure, attribute values and inline scripts as text, never typed values. */
  detect(evidence: PageEvidence): boolean;
}

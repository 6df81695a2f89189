/** A link offered with a piece of advice. */
export interface AdviceLink {
  /** What the link does, in plain words. */
  readonly label: string;
  /** Where it goes; https on a Microsoft domain (a test checks). */
  readonly url: string;
}

/** One short piece of help for the step the person is on. */
export interface Advice {
  /** Stable id, kebab-case, for tests and the popup's topics. */
  readonly id: string;
  /** A short heading. */
  readonly title: string;
  /** One to three short sentences. */
  readonly body: string;
  /** At least one useful link. */
  readonly links: readonly AdviceLink[];
}

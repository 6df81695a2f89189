import type { AdviceLink } from '../advice/types';

/** The warnings the panel can raise; also the panel's `data-warning` values. */
export const warningIds = ['germany-retired', 'wrong-cloud', 'personal-account', 'work-account'] as const;

/** One warning id. */
export type WarningId = (typeof warningIds)[number];

/** A warning as the panel shows it: what is wrong, why we think so, and where to go instead. */
export interface Warning {
  readonly id: WarningId;
  /** A short heading. */
  readonly title: string;
  /** What is wrong and what to do, in one or two sentences. */
  readonly body: string;
  /** Why this warning appeared (the evidence), in one sentence. */
  readonly reason: string;
  /** Where to go instead. */
  readonly links: readonly AdviceLink[];
  /** The typed domain it is about, if any: dismissals are remembered per site and domain. */
  readonly domain?: string;
}

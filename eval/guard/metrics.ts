// The figures of an evaluation run, from what the guard said on each page: pure, so a unit test can check them by hand.
import { type EvalPage, type Label, labels } from './pages.ts';

/** One piece of evidence the detector weighed, as its verdict reports it. */
export interface Signal {
  id: string;
  weight: number;
}

/** The detector's verdict on a page (the service worker's `guard-verdict:<tabId>` key). */
export interface Verdict {
  lookalike: boolean;
  score: number;
  threshold: number;
  signals: readonly Signal[];
}

/** What the guard did on one page of the set. */
export interface PageOutcome {
  page: EvalPage;
  /** The guard's progress (`guard:<tabId>`) when the run stopped watching the page; undefined if it never wrote one. */
  progress?: string;
  /** The detector's verdict, when it ran and the build writes one. */
  verdict?: Verdict;
  /** Whether the guard judged the page a look-alike: the verdict's word, else its progress (`look-alike`). */
  warned: boolean;
  /** Whether the warning (`sign-in-assistant[data-warning="lookalike-page"]`) was in the page. */
  banner: boolean;
  /** Whether the guard was done with the page (progress other than `watching`) before the run stopped waiting. */
  settled: boolean;
  /** Whether the run found a visible field to focus, as a person would. */
  focused: boolean;
  /** Why the page could not be judged (it failed to load, say); such a page counts as not warned. */
  error?: string;
  /** Time from opening the tab to the reading, in ms. */
  ms: number;
}

/** The verdict key's value if it has the verdict's shape, else undefined (an older build, or something else). */
export function readVerdict(value: unknown): Verdict | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { lookalike, score, threshold, signals } = value as Record<string, unknown>;
  if (typeof lookalike !== 'boolean' || !Number.isFinite(score) || !Number.isFinite(threshold) || !Array.isArray(signals)) return undefined;
  const read = signals.filter(
    (signal): signal is Signal => typeof signal?.id === 'string' && Number.isFinite((signal as { weight?: unknown }).weight),
  );
  return { lookalike, score: score as number, threshold: threshold as number, signals: read.map(({ id, weight }) => ({ id, weight })) };
}

/** Whether the guard warned: the verdict says when there is one, else the progress `look-alike` does. */
export function warnedBy(progress: string | undefined, verdict: Verdict | undefined): boolean {
  return verdict ? verdict.lookalike : progress === 'look-alike';
}

/** A count per label. */
export type PerLabel = Record<Label, number>;

/** Score buckets of one width: `from` is each bucket's lower bound (inclusive). */
export interface Histogram {
  width: number;
  buckets: Array<{ from: number; counts: PerLabel }>;
  /** Pages without a verdict (the detector did not run, or the build writes none). */
  noScore: PerLabel;
}

/** Everything the run measured. */
export interface Summary {
  sizes: PerLabel;
  /** Look-alikes warned, look-alikes missed, ordinary pages warned (false alarms), ordinary pages quiet. */
  confusion: { truePositives: number; falseNegatives: number; falsePositives: number; trueNegatives: number };
  /** Share of warnings on look-alike vs ordinary pages that were right; null when there was no warning. */
  precision: number | null;
  /** Share of look-alikes warned; null without look-alikes. */
  recall: number | null;
  warned: PerLabel;
  banners: PerLabel;
  /** Pages the guard never settled on (still `watching`: most often no field at all), counted as not warned. */
  unsettled: PerLabel;
  /** Of those, the pages where the run had focused a field (one the tripwire does not take for a credential field, or a slow guard). */
  unsettledFocused: PerLabel;
  /** Pages that could not be judged at all (see {@link PageOutcome.error}). */
  failed: PerLabel;
  /** The guard's progress per label, e.g. `{ ordinary: { 'no-field': 3 } }`. */
  progress: Record<Label, Record<string, number>>;
  /** The threshold most verdicts gave; null without verdicts. */
  threshold: number | null;
  histogram: Histogram;
  /** For each signal id, on how many pages of each label it was reported, sorted by id. */
  signals: Array<{ id: string; counts: PerLabel }>;
  misses: PageOutcome[];
  falseAlarms: PageOutcome[];
  /** Genuine Outlook Web App logons that were warned (each one a false alarm an IT desk would hear about). */
  owaWarned: PageOutcome[];
  /** Pages where the banner and the verdict disagree (a warning decided but not shown, or shown without one). */
  bannerMismatches: PageOutcome[];
}

const zero = (): PerLabel => Object.fromEntries(labels.map((label) => [label, 0])) as PerLabel;
const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** The smallest of 1, 2, 5 × 10^k (k an integer) at least `span` / `count`: a bucket width a reader can add up. */
export function bucketWidth(span: number, count = 10): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= raw * (1 - 1e-9))!;
  return Number((step * power).toPrecision(12));
}

/** Scores bucketed by label in buckets of `width` (see {@link bucketWidth}), every bucket from the lowest to the highest score listed. */
export function histogram(scored: ReadonlyArray<{ label: Label; score: number | undefined }>, width: number): Histogram {
  const noScore = zero();
  const counts = new Map<number, PerLabel>();
  const key = (score: number) => Math.floor(score / width + 1e-9);
  for (const { label, score } of scored) {
    if (score === undefined || !Number.isFinite(score)) {
      noScore[label] += 1;
      continue;
    }
    const bucket = counts.get(key(score)) ?? zero();
    bucket[label] += 1;
    counts.set(key(score), bucket);
  }
  const keys = [...counts.keys()];
  const buckets: Histogram['buckets'] = [];
  for (let k = Math.min(...keys); k <= Math.max(...keys); k += 1)
    buckets.push({ from: Number((k * width).toPrecision(12)), counts: counts.get(k) ?? zero() });
  return { width, buckets, noScore };
}

/** The value that occurs most often (the first of equals), or null for none. */
function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: number | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best;
}

/** The run's figures: precision and recall count look-alikes against ordinary pages; genuine OWA logons are reported apart. */
export function summarize(outcomes: readonly PageOutcome[]): Summary {
  const sizes = zero();
  const warned = zero();
  const banners = zero();
  const unsettled = zero();
  const unsettledFocused = zero();
  const failed = zero();
  const progress = Object.fromEntries(labels.map((label) => [label, {}])) as Record<Label, Record<string, number>>;
  const signalCounts = new Map<string, PerLabel>();
  for (const outcome of outcomes) {
    const { label } = outcome.page;
    sizes[label] += 1;
    if (outcome.warned) warned[label] += 1;
    if (outcome.banner) banners[label] += 1;
    if (outcome.error) failed[label] += 1;
    else if (!outcome.settled) {
      unsettled[label] += 1;
      if (outcome.focused) unsettledFocused[label] += 1;
    }
    const said = outcome.error ? 'failed' : (outcome.progress ?? 'none');
    progress[label][said] = (progress[label][said] ?? 0) + 1;
    for (const id of new Set(outcome.verdict?.signals.map((signal) => signal.id))) {
      const counts = signalCounts.get(id) ?? zero();
      counts[label] += 1;
      signalCounts.set(id, counts);
    }
  }
  const scores = outcomes.flatMap((outcome) => (outcome.verdict ? [outcome.verdict.score] : []));
  const span = scores.length === 0 ? 0 : Math.max(...scores) - Math.min(0, ...scores);
  const truePositives = warned.lookalike;
  const falsePositives = warned.ordinary;
  return {
    sizes,
    confusion: {
      truePositives,
      falseNegatives: sizes.lookalike - truePositives,
      falsePositives,
      trueNegatives: sizes.ordinary - falsePositives,
    },
    precision: share(truePositives, truePositives + falsePositives),
    recall: share(truePositives, sizes.lookalike),
    warned,
    banners,
    unsettled,
    unsettledFocused,
    failed,
    progress,
    threshold: mostCommon(outcomes.flatMap((outcome) => (outcome.verdict ? [outcome.verdict.threshold] : []))),
    histogram: histogram(
      outcomes.map((outcome) => ({ label: outcome.page.label, score: outcome.verdict?.score })),
      bucketWidth(span),
    ),
    signals: [...signalCounts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, counts]) => ({ id, counts })),
    misses: outcomes.filter((outcome) => outcome.page.label === 'lookalike' && !outcome.warned),
    falseAlarms: outcomes.filter((outcome) => outcome.page.label === 'ordinary' && outcome.warned),
    owaWarned: outcomes.filter((outcome) => outcome.page.label === 'owa-genuine' && outcome.warned),
    bannerMismatches: outcomes.filter((outcome) => !outcome.error && outcome.banner !== outcome.warned),
  };
}

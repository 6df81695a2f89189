// The run's report as text, for the terminal: pure, from the summary (see metrics.ts).
import type { PageOutcome, PerLabel, Summary } from './metrics.ts';
import { type Label, labels } from './pages.ts';

/** What the report says about the run itself, beside the figures. */
export interface RunFacts {
  folder: string;
  tabs: number;
  /** Whether the pages' inert scripts were made live (`--live-scripts`). */
  liveScripts?: boolean;
  seconds: number;
  /** How long the run waited for the guard after focusing a field (or after load), in ms. */
  settleMs: number;
  /** Requests to hosts other than the set's pages, per host (all answered 404 on loopback). */
  elsewhereRequests: Readonly<Record<string, number>>;
  problems: readonly string[];
}

/** A number as people read it: at most two decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** `part / whole = 95.2 %`, or `part / whole` alone when the whole is 0. */
export function formatShare(part: number, whole: number): string {
  return whole === 0 ? `${part} / 0` : `${part} / ${whole} = ${formatNumber((100 * part) / whole)} %`;
}

/** Rows of cells as left-aligned columns (the first column) and right-aligned ones (the others), two spaces apart. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}

const perLabel = (counts: PerLabel, present: readonly Label[]) => present.map((label) => String(counts[label]));

/** One page of a list: its file, family and language, what the guard said, and the signals with their weights. */
export function describeOutcome(outcome: PageOutcome): string {
  const { page, verdict } = outcome;
  const about = [page.family, page.language].filter((part) => part !== '-').join(', ');
  const said = outcome.error
    ? `failed: ${outcome.error}`
    : `progress ${outcome.progress ?? 'none'}${outcome.settled ? '' : ` (never settled${outcome.focused ? ', a field was focused' : ', no field to focus'})`}`;
  const scored = verdict
    ? `; score ${formatNumber(verdict.score)} / ${formatNumber(verdict.threshold)}: ${
        verdict.signals.map((signal) => `${signal.id} ${formatNumber(signal.weight)}`).join(', ') || 'no signal'
      }`
    : '; no verdict';
  return `  ${page.file}${about ? ` [${about}]` : ''} at ${page.host}: ${said}${scored}`;
}

/** The whole report, as lines. */
export function reportLines(summary: Summary, facts: RunFacts): string[] {
  const present = labels.filter((label) => summary.sizes[label] > 0);
  const total = present.reduce((sum, label) => sum + summary.sizes[label], 0);
  const { confusion } = summary;
  const lines = [
    `Guard evaluation of ${facts.folder}: ${total} pages (${present.map((label) => `${summary.sizes[label]} ${label}`).join(', ') || 'none'}), ` +
      `${facts.tabs} tabs, ${facts.liveScripts ? 'scripts live, ' : ''}${formatNumber(facts.seconds)} s.`,
    ...facts.problems.map((problem) => `Note: ${problem}.`),
    `Threshold (from the verdicts): ${summary.threshold === null ? 'no verdict read' : formatNumber(summary.threshold)}`,
    '',
  ];
  const headline: Array<[string, string]> = [];
  if (summary.sizes.lookalike > 0)
    headline.push(['Recall (look-alikes warned):', formatShare(confusion.truePositives, summary.sizes.lookalike)]);
  const warnings = confusion.truePositives + confusion.falsePositives;
  headline.push(['Precision (warnings that were right):', formatShare(confusion.truePositives, warnings)]);
  if (summary.sizes.ordinary > 0)
    headline.push(['False alarms on ordinary pages:', `${confusion.falsePositives} of ${summary.sizes.ordinary}`]);
  const owa = summary.sizes['owa-genuine'];
  if (owa > 0) headline.push(['Genuine OWA logons warned (should be none):', `${summary.warned['owa-genuine']} of ${owa}`]);
  const lures = summary.sizes.lure;
  if (lures > 0) headline.push(['Lures without a sign-in form warned (apart):', `${summary.warned.lure} of ${lures}`]);
  const width = Math.max(...headline.map(([name]) => name.length));
  lines.push(...headline.map(([name, value]) => `${name.padEnd(width)}  ${value}`));
  lines.push(
    '',
    ...table([
      ['', ...present],
      ['warned', ...perLabel(summary.warned, present)],
      ['warning banner shown', ...perLabel(summary.banners, present)],
      [`never settled in ${formatNumber(facts.settleMs / 1000)} s (not warned)`, ...perLabel(summary.unsettled, present)],
      ['  of which a field had been focused', ...perLabel(summary.unsettledFocused, present)],
      ['failed to load (not warned)', ...perLabel(summary.failed, present)],
    ]),
    '',
    'Guard progress per label:',
    ...present.map(
      (label) =>
        `  ${label}: ${Object.entries(summary.progress[label])
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([progress, count]) => `${progress} ${count}`)
          .join(', ')}`,
    ),
  );
  const { histogram } = summary;
  lines.push('', `Score distribution (buckets of ${formatNumber(histogram.width)}):`);
  const holdsThreshold = (from: number | undefined) =>
    from !== undefined && summary.threshold !== null && summary.threshold >= from && summary.threshold < from + histogram.width;
  const rows = table([
    ['score', ...present],
    ...histogram.buckets.map((bucket) => [
      `${formatNumber(bucket.from)} to < ${formatNumber(bucket.from + histogram.width)}`,
      ...perLabel(bucket.counts, present),
    ]),
    ['no verdict', ...perLabel(histogram.noScore, present)],
  ]);
  // Row 0 is the header, so bucket i is row i + 1.
  lines.push(...rows.map((line, row) => `  ${line}${holdsThreshold(histogram.buckets[row - 1]?.from) ? '  <- threshold' : ''}`));
  lines.push('', 'Signals (pages of each label where a verdict reported it):');
  lines.push(
    ...(summary.signals.length === 0
      ? ['  none reported']
      : table([['signal', ...present], ...summary.signals.map((signal) => [signal.id, ...perLabel(signal.counts, present)])]).map(
          (line) => `  ${line}`,
        )),
  );
  const list = (title: string, outcomes: readonly PageOutcome[]) =>
    outcomes.length === 0 ? [] : ['', `${title} (${outcomes.length}):`, ...outcomes.map(describeOutcome)];
  lines.push(
    ...list('Misses: look-alikes not warned', summary.misses),
    ...list('False alarms: ordinary pages warned', summary.falseAlarms),
    ...list('Genuine Outlook Web App logons warned', summary.owaWarned),
    ...list('Banner and verdict disagree', summary.bannerMismatches),
  );
  const elsewhere = Object.entries(facts.elsewhereRequests).sort(([, a], [, b]) => b - a);
  const requests = elsewhere.reduce((sum, [, count]) => sum + count, 0);
  const most = elsewhere.slice(0, 5).map(([host, count]) => `${host || '(no host)'} ${count}`);
  lines.push(
    '',
    `Requests to other hosts, all answered 404 on this machine: ${requests}${most.length ? ` (most: ${most.join(', ')})` : ''}.`,
  );
  return lines;
}

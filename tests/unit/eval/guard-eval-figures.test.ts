import { describe, expect, test } from 'vitest';
import { bucketWidth, histogram, type PageOutcome, readVerdict, type Signal, summarize, warnedBy } from '../../../eval/guard/metrics';
import type { EvalPage, Label } from '../../../eval/guard/pages';
import { describeOutcome, formatNumber, formatShare, reportLines, table } from '../../../eval/guard/report';

describe("reading the guard's verdict", () => {
  test('a verdict of the right shape is kept (without extra fields), anything else is none', () => {
    const signals = [{ id: 'sign-in-fields', weight: 3, extra: 1 }, { id: 7, weight: 1 }, null, { id: 'cdn', weight: 'x' }];
    expect(readVerdict({ lookalike: true, score: 3, threshold: 5, signals, more: 1 })).toEqual({
      lookalike: true,
      score: 3,
      threshold: 5,
      signals: [{ id: 'sign-in-fields', weight: 3 }],
    });
    expect(readVerdict(null)).toBeUndefined();
    expect(readVerdict('look-alike')).toBeUndefined();
    expect(readVerdict({ lookalike: true, score: Number.NaN, threshold: 5, signals: [] })).toBeUndefined();
    expect(readVerdict({ lookalike: 'yes', score: 1, threshold: 5, signals: [] })).toBeUndefined();
  });
  test('the verdict decides when there is one, else the progress look-alike', () => {
    const verdict = (lookalike: boolean) => ({ lookalike, score: 0, threshold: 5, signals: [] });
    expect(warnedBy('look-alike', undefined)).toBe(true);
    expect(warnedBy('ordinary', undefined)).toBe(false);
    expect(warnedBy(undefined, undefined)).toBe(false);
    expect(warnedBy('look-alike', verdict(false))).toBe(false);
    expect(warnedBy('ordinary', verdict(true))).toBe(true);
  });
});

describe('the figures', () => {
  test('bucket widths are 1, 2 or 5 times a power of ten, about a tenth of the span', () => {
    expect(bucketWidth(9.5)).toBe(1);
    expect(bucketWidth(10)).toBe(1);
    expect(bucketWidth(23)).toBe(5);
    expect(bucketWidth(100)).toBe(10);
    expect(bucketWidth(0.3)).toBe(0.05);
    expect(bucketWidth(0)).toBe(1);
    expect(bucketWidth(Number.NaN)).toBe(1);
  });

  test('a histogram lists every bucket from the lowest score to the highest, negative scores included', () => {
    const scored: Array<{ label: Label; score: number | undefined }> = [
      { label: 'lookalike', score: 3.99 },
      { label: 'lookalike', score: 4 },
      { label: 'ordinary', score: -1.5 },
      { label: 'ordinary', score: undefined },
    ];
    const zero = { lookalike: 0, ordinary: 0, 'owa-genuine': 0, lure: 0 };
    expect(histogram(scored, 2)).toEqual({
      width: 2,
      buckets: [
        { from: -2, counts: { ...zero, ordinary: 1 } },
        { from: 0, counts: zero },
        { from: 2, counts: { ...zero, lookalike: 1 } },
        { from: 4, counts: { ...zero, lookalike: 1 } },
      ],
      noScore: { ...zero, ordinary: 1 },
    });
    expect(histogram([], 1)).toEqual({ width: 1, buckets: [], noScore: zero });
  });

  // Five look-alikes (three warned, one scored under the threshold, one that failed to load), five ordinary pages
  // (one false alarm, two never settled, one of them after a field's focus) and one genuine Outlook Web App logon.
  const page = (file: string, label: Label): EvalPage => ({ file, label, family: 'fam', language: '-', host: `${file}.test`, path: '/' });
  const judged = (file: string, label: Label, progress: string, signals?: Signal[], more: Partial<PageOutcome> = {}): PageOutcome => {
    const score = signals?.reduce((sum, signal) => sum + signal.weight, 0);
    const verdict = signals && score !== undefined ? { lookalike: score >= 5, score, threshold: 5, signals } : undefined;
    const warned = warnedBy(progress, verdict);
    return {
      page: page(file, label),
      progress,
      verdict,
      warned,
      banner: warned,
      settled: progress !== 'watching',
      focused: true,
      ms: 1,
      ...more,
    };
  };
  const s = (id: string, weight: number): Signal => ({ id, weight });
  const outcomes = [
    judged('A', 'lookalike', 'look-alike', [s('fields', 3), s('cdn', 2), s('branding', 2)]),
    judged('B', 'lookalike', 'look-alike', [s('fields', 3), s('config', 2)]),
    judged('C', 'lookalike', 'look-alike', [s('fields', 3), s('config', 2), s('cdn', 2), s('branding', 2.5)], { banner: false }),
    judged('D', 'lookalike', 'ordinary', [s('branding', 2), s('cdn', 1)]),
    { ...judged('E', 'lookalike', 'ordinary'), progress: undefined, settled: false, error: 'net::ERR_ABORTED' },
    judged('F', 'ordinary', 'look-alike', [s('branding', 2), s('cdn', 2), s('host', 2)]),
    judged('G', 'ordinary', 'ordinary', []),
    judged('H', 'ordinary', 'ordinary', [s('branding', 1.5)]),
    judged('I', 'ordinary', 'watching'),
    judged('J', 'ordinary', 'watching', undefined, { focused: false }),
    judged('K', 'owa-genuine', 'ordinary', [s('owa-forms', 2)]),
  ];
  const summary = summarize(outcomes);
  const [, , C, D, E, F] = outcomes;

  test('precision and recall count look-alikes against ordinary pages; failed and unsettled pages count as not warned', () => {
    expect(summary.sizes).toEqual({ lookalike: 5, ordinary: 5, 'owa-genuine': 1, lure: 0 });
    expect(summary.confusion).toEqual({ truePositives: 3, falseNegatives: 2, falsePositives: 1, trueNegatives: 4 });
    expect(summary.precision).toBe(0.75);
    expect(summary.recall).toBe(0.6);
    expect(summary.warned).toEqual({ lookalike: 3, ordinary: 1, 'owa-genuine': 0, lure: 0 });
    expect(summary.banners).toEqual({ lookalike: 2, ordinary: 1, 'owa-genuine': 0, lure: 0 });
    expect(summary.unsettled).toEqual({ lookalike: 0, ordinary: 2, 'owa-genuine': 0, lure: 0 });
    expect(summary.unsettledFocused).toEqual({ lookalike: 0, ordinary: 1, 'owa-genuine': 0, lure: 0 });
    expect(summary.failed).toEqual({ lookalike: 1, ordinary: 0, 'owa-genuine': 0, lure: 0 });
    expect(summary.progress).toEqual({
      lookalike: { 'look-alike': 3, ordinary: 1, failed: 1 },
      ordinary: { 'look-alike': 1, ordinary: 2, watching: 2 },
      'owa-genuine': { ordinary: 1 },
      lure: {},
    });
    expect(summary.threshold).toBe(5);
    expect(summary.misses).toEqual([D, E]);
    expect(summary.falseAlarms).toEqual([F]);
    expect(summary.owaWarned).toEqual([]);
    expect(summary.bannerMismatches).toEqual([C]);
  });

  test('scores go into buckets of 1 (highest 9.5), pages without a verdict apart; signals are counted per label', () => {
    const row = (lookalike: number, ordinary: number, owa: number) => ({ lookalike, ordinary, 'owa-genuine': owa, lure: 0 });
    expect(summary.histogram).toEqual({
      width: 1,
      buckets: [
        { from: 0, counts: row(0, 1, 0) },
        { from: 1, counts: row(0, 1, 0) },
        { from: 2, counts: row(0, 0, 1) },
        { from: 3, counts: row(1, 0, 0) },
        { from: 4, counts: row(0, 0, 0) },
        { from: 5, counts: row(1, 0, 0) },
        { from: 6, counts: row(0, 1, 0) },
        { from: 7, counts: row(1, 0, 0) },
        { from: 8, counts: row(0, 0, 0) },
        { from: 9, counts: row(1, 0, 0) },
      ],
      noScore: row(1, 2, 0),
    });
    expect(summary.signals).toEqual([
      { id: 'branding', counts: row(3, 2, 0) },
      { id: 'cdn', counts: row(3, 1, 0) },
      { id: 'config', counts: row(2, 0, 0) },
      { id: 'fields', counts: row(3, 0, 0) },
      { id: 'host', counts: row(0, 1, 0) },
      { id: 'owa-forms', counts: row(0, 0, 1) },
    ]);
  });

  test('no warning and no look-alike give no precision and no recall, not a division by zero', () => {
    const quiet = summarize([judged('G', 'ordinary', 'ordinary')]);
    expect(quiet.precision).toBeNull();
    expect(quiet.recall).toBeNull();
    expect(quiet.threshold).toBeNull();
  });

  test('the report gives the figures, the tables and every miss and false alarm with its signals and weights', () => {
    expect(formatNumber(2 / 3)).toBe('0.67');
    expect(formatShare(3, 5)).toBe('3 / 5 = 60 %');
    expect(formatShare(0, 0)).toBe('0 / 0');
    expect(
      table([
        ['', 'a'],
        ['long name', '12'],
      ]),
    ).toEqual(['            a', 'long name  12']);
    expect(describeOutcome(D!)).toBe('  D [fam] at D.test: progress ordinary; score 3 / 5: branding 2, cdn 1');
    expect(describeOutcome(outcomes[9]!)).toBe('  J [fam] at J.test: progress watching (never settled, no field to focus); no verdict');
    expect(describeOutcome(E!)).toBe('  E [fam] at E.test: failed: net::ERR_ABORTED; no verdict');
    const facts = {
      folder: '/set',
      tabs: 3,
      seconds: 12.345,
      settleMs: 4000,
      elsewhereRequests: { 'aadcdn.msftauth.net': 2, 'x.test': 1 },
      problems: ['one problem'],
    };
    const lines = reportLines(summary, facts);
    expect(lines.slice(0, 3)).toEqual([
      'Guard evaluation of /set: 11 pages (5 lookalike, 5 ordinary, 1 owa-genuine), 3 tabs, 12.35 s.',
      'Note: one problem.',
      'Threshold (from the verdicts): 5',
    ]);
    expect(lines.slice(4, 8)).toEqual([
      'Recall (look-alikes warned):                 3 / 5 = 60 %',
      'Precision (warnings that were right):        3 / 4 = 75 %',
      'False alarms on ordinary pages:              1 of 5',
      'Genuine OWA logons warned (should be none):  0 of 1',
    ]);
    expect(lines).toContain('Misses: look-alikes not warned (2):');
    expect(lines).toContain('  F [fam] at F.test: progress look-alike; score 6 / 5: branding 2, cdn 2, host 2');
    expect(lines).toContain('  score       lookalike  ordinary  owa-genuine');
    expect(lines).toContain('  4 to < 5            0         0            0');
    expect(lines).toContain('  5 to < 6            1         0            0  <- threshold');
    expect(lines).toContain('  no verdict          1         2            0');
    expect(lines).toContain('  owa-forms          0         0            1');
    expect(lines.at(-1)).toBe('Requests to other hosts, all answered 404 on this machine: 3 (most: aadcdn.msftauth.net 2, x.test 1).');
  });
});

import { describe, expect, it } from 'vitest';
import { median, pairRatios } from './stats.ts';
import { markdownTable } from './table.ts';
import { evaluateTargets, type BuildRun, type SizeResult } from './targets.ts';

const run = (wallMs: number, maxRssBytes = 1e9): BuildRun => ({ wallMs, cpuMs: wallMs, maxRssBytes, phases: {} });

function result(stories: number, ours: number[], theirs: number[], extra: Partial<SizeResult> = {}): SizeResult {
  return {
    stories,
    builds: {
      shishin: { cold: ours.map((w) => run(w)), warm: ours.map((w) => run(w / 2)), changed: [] },
      baseline: { cold: theirs.map((w) => run(w, 2e9)), warm: theirs.map((w) => run(w)), changed: [] },
    },
    distBytes: {},
    pagefindBytes: {},
    searchPage: { note: 'no /search/ page yet' },
    searchApi: {},
    ...extra,
  };
}

const row = (rows: ReturnType<typeof evaluateTargets>, start: string, stories?: number) =>
  rows.find((r) => r.target.startsWith(start) && (stories === undefined || r.stories === stories))!;

describe('stats', () => {
  it('takes the median of an odd and an even number of runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('divides runs pair by pair', () => {
    expect(pairRatios([10, 30], [20, 20, 99])).toEqual([0.5, 1.5]);
  });
});

describe('evaluateTargets', () => {
  it('passes the full build when the median pair ratio is at most 1, and fails it above', () => {
    const rows = evaluateTargets([result(1000, [90, 120, 95], [100, 100, 100]), result(5000, [600], [500])]);
    expect(row(rows, 'full build', 1000)).toMatchObject({ value: '0.95× (CPU 0.95×)', pass: true });
    expect(row(rows, 'full build', 5000)).toMatchObject({ value: '1.20× (CPU 1.20×)', pass: false });
    expect(row(rows, 'peak memory', 1000)).toMatchObject({ value: '0.50×', pass: true });
  });

  it('says n/a, not PASS, for what was not measured', () => {
    const rows = evaluateTargets([result(300, [10], [10])]);
    expect(row(rows, 'first search query ≤')).toMatchObject({ pass: undefined, value: 'n/a (no /search/ page yet)' });
    expect(row(rows, 'story page JS').pass).toBeUndefined();
    expect(row(rows, 'per-story').pass).toBeUndefined();
    expect(row(rows, 'a 10,000-story').pass).toBeUndefined();
  });

  it('checks that per-story time stays flat from the smallest size to the largest', () => {
    const flat = evaluateTargets([result(1000, [20_000], [1]), result(5000, [110_000], [1])]);
    expect(row(flat, 'per-story').pass).toBe(true);
    const growing = evaluateTargets([result(1000, [20_000], [1]), result(5000, [150_000], [1])]);
    expect(row(growing, 'per-story').pass).toBe(false);
  });

  it('judges search and page weight against their budgets', () => {
    const rows = evaluateTargets([
      result(5000, [1], [1], {
        searchPage: { firstMs: 151, firstBytes: 50 * 1024 },
        storyPage: { url: '/stories/a/', htmlGzip: 9000, jsGzip: 0, cssGzip: 16 * 1024 },
      }),
    ]);
    expect(row(rows, 'first search query ≤').pass).toBe(false);
    expect(row(rows, 'first search query fetches').pass).toBe(true);
    expect(row(rows, 'story page JS').pass).toBe(true);
    expect(row(rows, 'story page CSS').pass).toBe(false);
  });
});

describe('markdownTable', () => {
  it('pads columns to line up, counting Japanese as two columns', () => {
    expect(markdownTable(['a', 'b'], [['指針', 'x']]).split('\n')).toEqual([
      '| a    | b |',
      '| ---- | - |',
      '| 指針 | x |',
    ]);
  });
});

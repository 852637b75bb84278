/**
 * What a benchmark run found, and the targets of issue 6 checked against it. Pure, so the verdicts
 * are tested without building anything.
 */
import type { Phases } from './phases.ts';
import { fmtBytes, fmtMs, fmtRatio, median, pairRatios } from './stats.ts';

export type SiteName = 'shishin' | 'baseline';
export type BuildKind = 'cold' | 'warm' | 'changed';
export const SITES: readonly SiteName[] = ['shishin', 'baseline'];
export const BUILD_KINDS: readonly BuildKind[] = ['cold', 'warm', 'changed'];

export interface BuildRun {
  wallMs: number;
  cpuMs: number;
  maxRssBytes: number;
  phases: Phases;
}

export interface SearchMeasure {
  /** First query: until its first result (the search page: a principle named by the query comes early). */
  firstMs?: number;
  /** The search page's first query: until the whole answer is drawn, Pagefind's results included. */
  answeredMs?: number;
  warmMs?: number;
  /** Bytes the first query fetched, as a host that gzips text would send them. */
  firstBytes?: number;
  /** Why there is no number, when there is none. */
  note?: string;
}

export interface PageWeight {
  url: string;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
}

export interface SizeResult {
  stories: number;
  builds: Record<SiteName, Record<BuildKind, BuildRun[]>>;
  distBytes: Partial<Record<SiteName, number>>;
  pagefindBytes: Partial<Record<SiteName, number>>;
  /** Shishin's search page (`/search/?q=…`), end to end. */
  searchPage: SearchMeasure;
  /** The Pagefind JS API on each site: the engine alone, comparable between the two. */
  searchApi: Partial<Record<SiteName, SearchMeasure>>;
  storyPage?: PageWeight;
  lighthouse?: Record<string, Record<string, number>>;
}

export interface TargetRow {
  target: string;
  stories?: number;
  value: string;
  /** undefined: not measured in this run (n/a). */
  pass?: boolean;
}

/** Budgets from issue 6. */
export const TARGETS = {
  fullBuildRatio: 1.0,
  warmBuildRatio: 0.8,
  peakMemoryRatio: 1.0,
  /** Per-story time at the largest size over the smallest: "flat", with room for a shared machine's noise. */
  perStoryGrowth: 1.2,
  firstQueryMs: 150,
  firstQueryBytes: 60 * 1024,
  storyJsGzip: 3 * 1024,
  storyCssGzip: 15 * 1024,
  /** The size that must build at all on a 2-core, 24 GB machine. */
  largeBuildStories: 10_000,
} as const;

const runs = (r: SizeResult, site: SiteName, kind: BuildKind) => r.builds[site][kind];

export function ratio(r: SizeResult, kind: BuildKind, metric: (b: BuildRun) => number): number | undefined {
  return median(pairRatios(runs(r, 'shishin', kind).map(metric), runs(r, 'baseline', kind).map(metric)));
}

export const perStoryMs = (r: SizeResult, site: SiteName = 'shishin') => {
  const m = median(runs(r, site, 'cold').map((b) => b.wallMs));
  return m === undefined ? undefined : m / r.stories;
};

function check(value: number | undefined, limit: number): boolean | undefined {
  return value === undefined ? undefined : value <= limit;
}

export function evaluateTargets(results: readonly SizeResult[]): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const r of results) {
    const full = ratio(r, 'cold', (b) => b.wallMs);
    // CPU time is printed beside wall time: on a shared machine it is the steadier of the two.
    const cpu = (kind: BuildKind) => ` (CPU ${fmtRatio(ratio(r, kind, (b) => b.cpuMs))})`;
    rows.push({
      target: `full build ≤ ${TARGETS.fullBuildRatio}× baseline`,
      stories: r.stories,
      value: fmtRatio(full) + cpu('cold'),
      pass: check(full, TARGETS.fullBuildRatio),
    });
    const warm = ratio(r, 'warm', (b) => b.wallMs);
    rows.push({
      target: `warm rebuild ≤ ${TARGETS.warmBuildRatio}× baseline's warm rebuild`,
      stories: r.stories,
      value: fmtRatio(warm) + cpu('warm'),
      pass: check(warm, TARGETS.warmBuildRatio),
    });
    const memory = ratio(r, 'cold', (b) => b.maxRssBytes);
    rows.push({
      target: `peak memory ≤ ${TARGETS.peakMemoryRatio}× baseline`,
      stories: r.stories,
      value: fmtRatio(memory),
      pass: check(memory, TARGETS.peakMemoryRatio),
    });
    rows.push({
      target: `first search query ≤ ${TARGETS.firstQueryMs} ms`,
      stories: r.stories,
      value:
        r.searchPage.firstMs === undefined
          ? `n/a (${r.searchPage.note ?? 'not measured'})`
          : fmtMs(r.searchPage.firstMs),
      pass: check(r.searchPage.firstMs, TARGETS.firstQueryMs),
    });
    rows.push({
      target: `first search query fetches ≤ ${TARGETS.firstQueryBytes / 1024} KB`,
      stories: r.stories,
      value: fmtBytes(r.searchPage.firstBytes),
      pass: check(r.searchPage.firstBytes, TARGETS.firstQueryBytes),
    });
    rows.push({
      target: `story page JS ≤ ${TARGETS.storyJsGzip / 1024} KB gzip`,
      stories: r.stories,
      value: fmtBytes(r.storyPage?.jsGzip),
      pass: check(r.storyPage?.jsGzip, TARGETS.storyJsGzip),
    });
    rows.push({
      target: `story page CSS ≤ ${TARGETS.storyCssGzip / 1024} KB gzip`,
      stories: r.stories,
      value: fmtBytes(r.storyPage?.cssGzip),
      pass: check(r.storyPage?.cssGzip, TARGETS.storyCssGzip),
    });
  }
  const measured = results.filter((r) => perStoryMs(r) !== undefined).sort((a, b) => a.stories - b.stories);
  const small = measured[0];
  const large = measured.at(-1);
  const growth = small && large && large !== small ? perStoryMs(large)! / perStoryMs(small)! : undefined;
  rows.push({
    target: `per-story time flat (largest / smallest ≤ ${TARGETS.perStoryGrowth})`,
    stories: large?.stories,
    value:
      growth === undefined
        ? 'n/a (run two sizes, e.g. --stories 1000,5000)'
        : `${fmtRatio(growth)} (${fmtMs(perStoryMs(small!))} → ${fmtMs(perStoryMs(large!))} a story)`,
    pass: check(growth, TARGETS.perStoryGrowth),
  });
  const huge = results.find((r) => r.stories >= TARGETS.largeBuildStories && runs(r, 'shishin', 'cold').length > 0);
  rows.push({
    target: `a ${TARGETS.largeBuildStories.toLocaleString('en')}-story build completes`,
    stories: huge?.stories,
    value: huge
      ? `completed in ${fmtMs(median(runs(huge, 'shishin', 'cold').map((b) => b.wallMs)))}`
      : 'n/a (run --stories 10000)',
    pass: huge ? true : undefined,
  });
  return rows;
}

export const verdict = (pass: boolean | undefined) => (pass === undefined ? 'n/a' : pass ? 'PASS' : 'FAIL');

/**
 * Scores ranked search results against the relevance set (tests/support/search-queries.ts).
 */
import type { QueryClass, RelevanceQuery } from './search-queries';

/** Results a reader looks at without scrolling: recall is counted in the first five. */
export const TOP_K = 5;

export interface QueryScore {
  query: RelevanceQuery;
  results: string[];
  /** Share of the must-find pages in the first TOP_K results (1 when none are listed). */
  recall: number;
  /** Whether the first result is a must-find or also-relevant page. */
  relevantTop: boolean;
}

export function scoreQuery(query: RelevanceQuery, results: string[]): QueryScore {
  const top = results.slice(0, TOP_K);
  const found = query.find.filter((p) => top.includes(p)).length;
  const recall = query.find.length === 0 ? 1 : found / query.find.length;
  const first = results[0];
  const relevantTop = first !== undefined && [...query.find, ...(query.alsoRelevant ?? [])].includes(first);
  return { query, results, recall, relevantTop };
}

export interface Summary {
  queries: number;
  recallAt5: number;
  relevantTop: number;
}

export function summarize(scores: readonly QueryScore[]): Summary {
  const n = scores.length;
  return {
    queries: n,
    recallAt5: scores.reduce((s, x) => s + x.recall, 0) / n,
    relevantTop: scores.filter((x) => x.relevantTop).length / n,
  };
}

/** A Markdown table: one row per query class, then the total. */
export function classTable(scores: readonly QueryScore[]): string {
  const classes = [...new Set(scores.map((s) => s.query.cls))] as QueryClass[];
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const rows = classes.map((cls) => {
    const s = summarize(scores.filter((x) => x.query.cls === cls));
    return `| ${cls} | ${s.queries} | ${pct(s.recallAt5)} | ${pct(s.relevantTop)} |`;
  });
  const all = summarize(scores);
  return [
    '| class | queries | recall@5 | relevant top result |',
    '| --- | --- | --- | --- |',
    ...rows,
    `| **all** | ${all.queries} | ${pct(all.recallAt5)} | ${pct(all.relevantTop)} |`,
  ].join('\n');
}

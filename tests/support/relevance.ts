/**
 * Scores ranked search results against the relevance set (tests/support/search-queries.ts).
 */
import { containsTerm, fold, typedTerms } from './page-text';
import type { ShownSearch } from './search-page';
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
  /** Whether the results were labelled partial matches ("no page has all of your words"). */
  partial: boolean;
  /** Whether a must-find page holds every term typed, so a partial label would be wrong. */
  wholeOnPage: boolean;
  /** Results in the first TOP_K whose excerpt shows a typed term without highlighting it whole. */
  unmarked: string[];
}

/**
 * Scores what the search page showed for `query`. `text(url)` is the folded text of a page: when
 * every term the reader typed is on a must-find page, Pagefind has a page with all the words and the
 * results must not be labelled partial; and wherever an excerpt shows a typed term, the term must be
 * inside one highlight (`AI-OCR`, not `AI` alone).
 */
export function scoreQuery(query: RelevanceQuery, shown: ShownSearch, text: (url: string) => string): QueryScore {
  const results = shown.results.map((r) => r.href);
  const top = results.slice(0, TOP_K);
  const found = query.find.filter((p) => top.includes(p)).length;
  const recall = query.find.length === 0 ? 1 : found / query.find.length;
  const first = results[0];
  const relevantTop = first !== undefined && [...query.find, ...(query.alsoRelevant ?? [])].includes(first);
  const terms = typedTerms(query.q);
  const partial = shown.partialNote || shown.results.some((r) => r.partial);
  const wholeOnPage = query.find.some((url) => terms.every((t) => containsTerm(text(url), t)));
  const unmarked = partial
    ? []
    : shown.results
        .slice(0, TOP_K)
        .filter((r) => terms.some((t) => containsTerm(r.excerpt, t) && !r.marks.some((m) => containsTerm(fold(m), t))))
        .map((r) => `${r.href} (marked: ${r.marks.join(' | ') || 'nothing'})`);
  return { query, results, recall, relevantTop, partial, wholeOnPage, unmarked };
}

/** Labelled partial although a must-find page holds every typed term. */
export const wronglyPartial = (s: QueryScore) => s.partial && s.wholeOnPage;

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
  const row = (label: string, of: readonly QueryScore[]) => {
    const s = summarize(of);
    const partial = of.filter((x) => x.partial).length;
    const wrong = of.filter(wronglyPartial).length;
    const unmarked = of.filter((x) => x.unmarked.length > 0).length;
    return `| ${label} | ${s.queries} | ${pct(s.recallAt5)} | ${pct(s.relevantTop)} | ${partial} | ${wrong} | ${unmarked} |`;
  };
  return [
    '| class | queries | recall@5 | relevant top result | labelled partial | wrongly partial | term not highlighted whole |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...classes.map((cls) =>
      row(
        cls,
        scores.filter((x) => x.query.cls === cls),
      ),
    ),
    row('**all**', scores),
  ].join('\n');
}

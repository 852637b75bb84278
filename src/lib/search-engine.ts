import { normalizeQuery, type SearchPlan } from './search-query';

/**
 * Running prepared plans against a search backend (Pagefind in the browser, a fake in tests), and
 * putting matching principles first. Knows nothing of the DOM or of Pagefind's API beyond "a term
 * gives scored hits".
 */

/** A search result before its page data is loaded. */
export interface Hit {
  id: string;
  score: number;
}

/** Searches one term (filters already applied) and returns hits, best first. */
export type SearchFn<H extends Hit> = (term: string) => Promise<H[]>;

/** How the hits were found: `partial` hits match only some of the words and must be labelled so. */
export type MatchMode = 'phrase' | 'all' | 'partial' | 'none';

export interface Outcome<H extends Hit> {
  mode: MatchMode;
  hits: H[];
}

/** Tries each plan in turn; the first that finds anything wins. */
export async function runPlans<H extends Hit>(plans: readonly SearchPlan[], search: SearchFn<H>): Promise<Outcome<H>> {
  for (const plan of plans) {
    if (plan.kind !== 'partial') {
      const hits = await search(plan.term);
      if (hits.length > 0) return { mode: plan.kind, hits };
      continue;
    }
    const hits = await partialMatches(plan.words, plan.minMatches, search);
    if (hits.length > 0) return { mode: 'partial', hits };
  }
  return { mode: 'none', hits: [] };
}

/** Pages matching at least `minMatches` of the words: most words matched first, then total score. */
async function partialMatches<H extends Hit>(words: string[], minMatches: number, search: SearchFn<H>): Promise<H[]> {
  const perWord = await Promise.all(words.map((w) => search(w)));
  const tally = new Map<string, { hit: H; count: number; score: number; first: number }>();
  let order = 0;
  for (const hits of perWord) {
    for (const hit of hits) {
      const t = tally.get(hit.id);
      if (t) {
        t.count++;
        t.score += hit.score;
      } else {
        tally.set(hit.id, { hit, count: 1, score: hit.score, first: order++ });
      }
    }
  }
  return [...tally.values()]
    .filter((t) => t.count >= minMatches)
    .sort((a, b) => b.count - a.count || b.score - a.score || a.first - b.first)
    .map((t) => t.hit);
}

/** What search knows about a principle page (its Pagefind metadata). */
export interface PrincipleInfo<H extends Hit> {
  hit: H;
  title: string;
  aliases: readonly string[];
  lang: string;
}

/** Strength of a match between a query and a name: 0 none, 1 the query is part of the name, 2 equal. */
export type NameMatch = 0 | 1 | 2;

/** Shortest query that may match part of a principle's name (one kanji matches too much). */
const MIN_PARTIAL_NAME_MATCH = 2;

const compact = (s: string) => normalizeQuery(s).replace(/[^\p{L}\p{N}]+/gu, '');
const spaced = (s: string) =>
  normalizeQuery(s)
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const LATIN_ONLY = /^[\p{Script=Latin}\p{N} ]+$/u;

/**
 * Whether `query` names `name`: equal once case, width, spaces and punctuation are ignored (2), or
 * part of it (1). Latin queries must start at a word (`build` is in "Don't build…", `uild` is not);
 * Japanese has no spaces, so any part of at least two characters counts (`使われない`).
 */
export function matchName(query: string, name: string): NameMatch {
  const q = compact(query);
  const n = compact(name);
  if (q.length === 0 || n.length === 0) return 0;
  if (q === n) return 2;
  if (q.length < MIN_PARTIAL_NAME_MATCH) return 0;
  const sq = spaced(query);
  if (LATIN_ONLY.test(sq)) return ` ${spaced(name)} `.includes(` ${sq}`) ? 1 : 0;
  return n.includes(q) ? 1 : 0;
}

/**
 * The principles whose title or an alias `query` names, best first: an exact name before a partial
 * one, then the reader's language, then the order given.
 */
export function matchingPrinciples<H extends Hit>(
  query: string,
  principles: readonly PrincipleInfo<H>[],
  lang: string,
): PrincipleInfo<H>[] {
  return principles
    .map((p, i) => ({ p, i, m: Math.max(matchName(query, p.title), ...p.aliases.map((a) => matchName(query, a))) }))
    .filter((x) => x.m > 0)
    .sort((a, b) => b.m - a.m || Number(b.p.lang === lang) - Number(a.p.lang === lang) || a.i - b.i)
    .map((x) => x.p);
}

/** The hits with the pinned principles first, each page once. */
export function principlesFirst<H extends Hit>(hits: readonly H[], pinned: readonly H[]): H[] {
  const ids = new Set(pinned.map((h) => h.id));
  return [...pinned, ...hits.filter((h) => !ids.has(h.id))];
}

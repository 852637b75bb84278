import { normalizeQuery, phraseWords, type SearchPlan } from './search-query';

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

export interface Backend<H extends Hit> {
  search: SearchFn<H>;
  /**
   * Whether `hit` holds a word starting with `word`. Pagefind silently swaps a word it does not
   * know for the longest prefix it does (`postmortm` → `post`), which gives confident noise; this
   * lets a misspelt word fall through to the typo fallback instead.
   */
  holds?: (hit: H, word: string) => Promise<boolean>;
}

/** How the hits were found: `partial` hits match only some of the words and must be labelled so. */
export type MatchMode = 'phrase' | 'all' | 'partial' | 'none';

export interface Outcome<H extends Hit> {
  mode: MatchMode;
  hits: H[];
}

const LATIN = /^[\p{Script=Latin}\p{N}]+$/u;
/** A misspelt English word is retried as a prefix no shorter than this share of it… */
const TYPO_PREFIX_SHARE = 0.6;
/** …and no shorter than this many letters (shorter prefixes match too much). */
const TYPO_MIN_PREFIX = 4;

/**
 * Tries the plans in turn. An exact phrase only filters: Pagefind scores every phrase hit alike, so
 * phrase hits are ranked by their all-words score and come before the other all-words hits.
 */
export async function runPlans<H extends Hit>(plans: readonly SearchPlan[], backend: Backend<H>): Promise<Outcome<H>> {
  let phrase: { hits: Promise<H[]>; words: string[] } | undefined;
  const alone = new Map<string, Promise<H[]>>();
  const wordAlone = (w: string) => {
    if (!alone.has(w)) alone.set(w, searchWord(w, backend));
    return alone.get(w)!;
  };
  for (const plan of plans) {
    if (plan.kind === 'phrase') {
      // Not awaited here: the all-words plan that follows runs in any case (it ranks the phrase hits),
      // so both searches are asked for at once.
      phrase = { hits: backend.search(plan.term), words: phraseWords(plan.term) };
    } else if (plan.kind === 'all') {
      const [phraseHits, allHits] = await Promise.all([phrase?.hits ?? [], backend.search(plan.term)]);
      let hits = allHits;
      const [only] = plan.words;
      if (plan.words.length === 1 && only !== undefined && hits[0] && !(await confirmed(backend, hits[0], only))) {
        hits = [];
      }
      // Pagefind silently drops a word that matches nothing: then not all words matched. Each word
      // is searched alone to tell, unless the exact phrase was found and every word starts one of its
      // words: an exact phrase matches only where every one of its words does (Pagefind drops none
      // there), so each word has matches. This saves a search per word, the costliest part of a query
      // on a large site.
      const inPhrase = phrase?.words ?? [];
      const phraseHolds = phraseHits.length > 0 && plan.words.every((w) => inPhrase.some((p) => p.startsWith(w)));
      if (hits.length > 0 && plan.words.length > 1 && !phraseHolds) {
        const each = await Promise.all(plan.words.map((w) => exactWord(w, backend)));
        if (each.some((h) => h.length === 0)) hits = [];
      }
      if (phraseHits.length > 0) return { mode: 'phrase', hits: phraseFirst(phraseHits, hits) };
      if (hits.length > 0) return { mode: 'all', hits };
    } else {
      const hits = await partialMatches(plan.words, plan.minMatches, wordAlone);
      if (hits.length > 0) return { mode: 'partial', hits };
    }
  }
  return { mode: 'none', hits: [] };
}

function phraseFirst<H extends Hit>(phrase: readonly H[], all: readonly H[]): H[] {
  const inPhrase = new Set(phrase.map((h) => h.id));
  const inAll = new Set(all.map((h) => h.id));
  return [
    ...all.filter((h) => inPhrase.has(h.id)),
    ...phrase.filter((h) => !inAll.has(h.id)),
    ...all.filter((h) => !inPhrase.has(h.id)),
  ];
}

async function confirmed<H extends Hit>(backend: Backend<H>, hit: H, word: string): Promise<boolean> {
  return !LATIN.test(word) || !backend.holds || backend.holds(hit, word);
}

/** One word alone, as typed: no hits when Pagefind answered with another word. */
async function exactWord<H extends Hit>(word: string, backend: Backend<H>): Promise<H[]> {
  const hits = await backend.search(word);
  return hits[0] && (await confirmed(backend, hits[0], word)) ? hits : [];
}

/** One word alone; a misspelt English word is retried as shorter prefixes (`hypothsis` → `hypoth`). */
async function searchWord<H extends Hit>(word: string, backend: Backend<H>): Promise<H[]> {
  const hits = await exactWord(word, backend);
  if (hits.length > 0 || !LATIN.test(word)) return hits;
  const shortest = Math.max(TYPO_MIN_PREFIX, Math.ceil(word.length * TYPO_PREFIX_SHARE));
  for (let length = word.length - 1; length >= shortest; length--) {
    const prefix = word.slice(0, length);
    const found = await backend.search(prefix);
    if (found[0] && (await confirmed(backend, found[0], prefix))) return found;
  }
  return [];
}

/** Pages matching at least `minMatches` of the words: most words matched first, then total score. */
async function partialMatches<H extends Hit>(
  words: string[],
  minMatches: number,
  wordAlone: (w: string) => Promise<H[]>,
): Promise<H[]> {
  const perWord = await Promise.all(words.map(wordAlone));
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

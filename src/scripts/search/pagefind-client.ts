/**
 * The browser side of search: loads Pagefind on first use and answers a query with ranked pages.
 * Query preparation and ranking are the pure modules in src/lib/; this file only talks to Pagefind.
 */
import { matchingPrinciples, principlesFirst, runPlans, type MatchMode } from '../../lib/search-engine';
import type { Facet } from '../../lib/search-facets';
import type { PrincipleName } from '../../lib/search-principles';
import { urls } from '../../lib/urls';
import { normalizeQuery } from '../../lib/search-query';
import { prepareInWorker, startQueryWorker } from './query-preparation';
import { yieldToBrowser } from './yield';

/** The parts of Pagefind's browser API we use (pagefind ships no types for it). */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Partial<Record<Facet, string>> },
  ): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule {
  createInstance(options?: { basePath?: string; excerptLength?: number }): PagefindInstance;
}

export type Filters = Partial<Record<Facet, string>>;

export interface SearchAnswer {
  mode: MatchMode;
  /** Best first; principles the query names come first. */
  results: PagefindResult[];
  /** How many of the first results are principles put first by name. */
  pinned: number;
}

/** Where the build writes the index (src/integrations/pagefind.ts). */
const PAGEFIND_BASE = urls.searchIndex();
const PAGEFIND_URL = `${PAGEFIND_BASE}pagefind.js`;
/** Characters of page text around the matched words in an excerpt. */
const EXCERPT_LENGTH = 24;

let instance: Promise<PagefindInstance> | undefined;

/** Loads Pagefind once; a failed load is retried on the next search. */
export function loadPagefind(): Promise<PagefindInstance> {
  instance ??= create().catch((error: unknown) => {
    instance = undefined;
    throw error;
  });
  return instance;
}

async function create(): Promise<PagefindInstance> {
  const url = PAGEFIND_URL;
  const mod = (await import(/* @vite-ignore */ url)) as PagefindModule;
  // Evaluating Pagefind's script is a task of its own; starting its worker, another.
  await yieldToBrowser();
  // Pagefind reads <html lang> once, here, and then re-segments Japanese queries only on ja pages.
  // Our query is already segmented (src/lib/search-query.ts), so a neutral language makes the same
  // query give the same results on Japanese and English pages. Set and restored in the same task,
  // before anything can render or read it.
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', 'und');
  let pf: PagefindInstance;
  try {
    pf = mod.createInstance({ basePath: PAGEFIND_BASE, excerptLength: EXCERPT_LENGTH });
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
  await pf.init();
  return pf;
}

let principleNames: Promise<PrincipleName[]> | undefined;

/** The names of every principle, by Pagefind id: one small file written with the index. */
function principles(): Promise<PrincipleName[]> {
  // The search page preloads this URL (search.astro): the same request, so the same response.
  principleNames ??= fetch(urls.principleNames())
    .then((res) => {
      if (!res.ok) throw new Error(`${res.status} for ${res.url}`);
      return res.json() as Promise<PrincipleName[]>;
    })
    .catch((error: unknown) => {
      principleNames = undefined;
      throw error;
    });
  return principleNames;
}

/**
 * A principle page as a result, from its name alone (no fragment to fetch): its excerpt is the start
 * of its text, which says what the principle is.
 */
function principleResult(p: PrincipleName): PagefindResult {
  const escaped = p.excerpt.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    id: p.id,
    score: 0,
    data: () =>
      Promise.resolve({
        url: p.url,
        excerpt: escaped,
        meta: { title: p.title, kind: 'principle' },
        filters: { lang: [p.lang], kind: ['principle'] },
      }),
  };
}

/** Whether a principle page passes the chosen filters (only the kind and language apply to it by name). */
const principleAllowed = (p: PrincipleName, filters: Filters) =>
  (!filters.kind || filters.kind === 'principle') &&
  (!filters.lang || filters.lang === p.lang) &&
  (!filters.principle || p.url.endsWith(`/${filters.principle}/`)) &&
  !filters.tag &&
  !filters.author &&
  !filters.year;

/**
 * Pagefind 1.6 keeps one cached object per page and rewrites its `excerpt` (and `url`, `locations`)
 * on every `data()` call, from whichever search that call belongs to, and returns that same object.
 * Two searches that reach one page (`ai` and `ocr` for `AI-OCR`) then see each other's excerpt, and
 * an excerpt already handed out changes under its holder. So each result's data is read once, with
 * the calls for one page one after another, and copied before the next call for that page starts.
 */
const pageQueue = new Map<string, Promise<unknown>>();

function withOwnData(result: PagefindResult): PagefindResult {
  let data: Promise<PagefindData> | undefined;
  const read = (): Promise<PagefindData> => {
    const before = pageQueue.get(result.id) ?? Promise.resolve();
    const mine = before
      .catch(() => undefined)
      .then(() => result.data())
      .then((d) => ({ ...d, meta: { ...d.meta }, filters: { ...d.filters } }));
    pageQueue.set(result.id, mine);
    const done = () => {
      if (pageQueue.get(result.id) === mine) pageQueue.delete(result.id);
    };
    mine.then(done, done);
    return mine;
  };
  return {
    id: result.id,
    score: result.score,
    data: () => {
      data ??= read().catch((error: unknown) => {
        data = undefined;
        throw error;
      });
      return data;
    },
  };
}

/** Whether Pagefind's excerpt for `hit` marks a word starting with `word` (see Backend.holds). */
async function holds(hit: PagefindResult, word: string): Promise<boolean> {
  const { excerpt } = await hit.data();
  const marked = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.toLowerCase());
  return marked.length === 0 || marked.some((m) => m.startsWith(word));
}

/** Starts loading Pagefind and the principle names, e.g. when the search dialog opens. */
export async function preloadSearch(): Promise<void> {
  // One task each: starting a worker, a module load and a fetch each cost the main thread some
  // milliseconds, × 4 on Lighthouse's mobile CPU. The principle names first: a query that names a
  // principle is answered from them alone, before the rest has loaded.
  principles().catch(() => undefined);
  await yieldToBrowser();
  startQueryWorker();
  await yieldToBrowser();
  loadPagefind().catch(() => undefined);
}

/**
 * Runs a query: prepared plans through Pagefind, then principles named by the query first.
 * `onPrinciples` is given those principles as soon as the principle names are in, before the query is
 * prepared and before Pagefind has loaded and searched: naming a principle needs neither, so a reader
 * who names one sees it in about half the time of Pagefind's answer. The answer then holds the same
 * principles first. It is called at most once, and never after the answer.
 *
 * `loadAfter`, when given, holds back the query worker and Pagefind (not the principle names) until
 * it settles: the search page passes its first paint, so a principle the query names can be drawn
 * with the page, while the heavier loading waits for the paint.
 */
export async function searchSite(
  raw: string,
  filters: Filters,
  lang: string,
  onPrinciples?: (pinned: PagefindResult[]) => void,
  loadAfter?: Promise<unknown>,
): Promise<SearchAnswer> {
  performance.mark('search:start');
  if (raw.trim() === '') return { mode: 'none', results: [], pinned: 0 };
  const names = principles().catch((error: unknown): PrincipleName[] => {
    // Ranking principles first is a refinement: without the file, search still answers.
    console.warn('Search: principle names unavailable:', error);
    return [];
  });
  // Matching names takes the query's normal form only (about a millisecond: no word segmenter), so it
  // need not wait for the worker. A principle named is shown from its name alone (`principleResult`),
  // before and after Pagefind answers alike, so the early result and the answer agree.
  const normalized = normalizeQuery(raw);
  let answered = false;
  const pinning = names.then((list) => {
    const candidates = list
      .filter((p) => principleAllowed(p, filters))
      .map((p) => ({ hit: principleResult(p), title: p.title, aliases: p.aliases, lang: p.lang }));
    const pinned = matchingPrinciples(normalized, candidates, lang).map((p) => p.hit);
    if (pinned.length > 0 && !answered) onPrinciples?.(pinned);
    return pinned;
  });
  await loadAfter?.catch(() => undefined);
  // The query is prepared in a worker (./query-preparation.ts) while Pagefind loads.
  const preparing = prepareInWorker(raw);
  const loading = loadPagefind();
  const prepared = await preparing;
  if (prepared.plans.length === 0) {
    answered = true;
    loading.catch(() => undefined);
    return { mode: 'none', results: [], pinned: 0 };
  }
  const pf = await loading;
  performance.mark('search:pagefind-loaded');
  // One Pagefind search per distinct term: the plans ask for some words more than once.
  const asked = new Map<string, Promise<PagefindResult[]>>();
  const search = (term: string) => {
    let found = asked.get(term);
    if (!found) {
      found = pf.search(term, { filters }).then((r) => {
        performance.mark(`search:searched ${term}`);
        return (r?.results ?? []).map(withOwnData);
      });
      asked.set(term, found);
    }
    return found;
  };
  const outcome = await runPlans(prepared.plans, { search, holds });
  performance.mark('search:planned');
  // Pagefind's answers arrive in one task; what is drawn from them starts in a task of its own.
  await yieldToBrowser();
  const pinned = await pinning;
  answered = true;
  return {
    mode: outcome.mode === 'none' && pinned.length > 0 ? 'all' : outcome.mode,
    results: principlesFirst(outcome.hits, pinned),
    pinned: pinned.length,
  };
}

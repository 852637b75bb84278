import { parseAliases } from './search-facets';

/**
 * The names of every principle page, read from the Pagefind index at build time and written beside
 * it (`/pagefind/principles.json`), so the browser can put a principle named by the query first
 * without loading each principle's fragment: one small file instead of one fetch per principle.
 */
export const PRINCIPLES_FILE = 'principles.json';

export interface PrincipleName {
  /** Pagefind's page id: the same id a search result for this page has. */
  id: string;
  url: string;
  title: string;
  aliases: string[];
  lang: string;
  /** The start of the page's text, for a result built without the fragment. */
  excerpt: string;
}

/** Characters of page text kept as the excerpt of a principle. */
const EXCERPT_CHARS = 120;

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

const isFragment = (value: unknown): value is Fragment =>
  typeof value === 'object' && value !== null && typeof (value as Fragment).url === 'string' && 'meta' in value;

/**
 * Principle pages among Pagefind's fragment files. A fragment file is one page (named by its id) or,
 * on large sites, a group: an object of pages by id.
 */
export function principleNames(files: readonly { path: string; json: unknown }[]): PrincipleName[] {
  const names: PrincipleName[] = [];
  for (const { path, json } of files) {
    const m = /(?:^|\/)fragment\/([^/]+)\.pf_fragment$/.exec(path);
    if (!m) continue;
    const pages: [string, unknown][] = isFragment(json)
      ? [[m[1]!, json]]
      : Object.entries(typeof json === 'object' && json !== null ? json : {});
    for (const [id, page] of pages) {
      if (!isFragment(page) || page.meta.kind !== 'principle') continue;
      names.push({
        id,
        url: page.url,
        title: page.meta.title ?? '',
        aliases: parseAliases(page.meta.aliases),
        lang: page.filters.lang?.[0] ?? '',
        excerpt: page.content.replace(/\u200B/g, '').slice(0, EXCERPT_CHARS),
      });
    }
  }
  return names.sort((a, b) => a.url.localeCompare(b.url));
}

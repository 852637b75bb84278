/**
 * Preload hints for the search page. Without them its first query is a chain of requests, each
 * found only when the one before it has run: the page's script, Pagefind's script, the index's entry
 * file, its metadata and WebAssembly, then the index chunks. The integration knows the hashed names
 * once the index is written, and adds a `<link>` for each file every query needs to the built search
 * pages, so that the browser fetches them all while it parses the page.
 */
import { PRINCIPLES_FILE } from './search-principles';

/** Marks the entry file's hint; its `data-pagefind-cache-tag` is the cache tag Pagefind must use. */
export const ENTRY_HINT_ATTR = 'data-pagefind-entry';
export const CACHE_TAG_ATTR = 'data-pagefind-cache-tag';

/** What Pagefind 1.6 writes in `pagefind-entry.json` (the fields used here). */
interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * The `<link>` elements for an index under `base` (e.g. `/pagefind/`), given its entry file.
 *
 * Pagefind fetches its entry file with `?ts=<cache tag>` (the time, unless the page sets
 * `metaCacheTag`): the hint uses the index's hash as the tag, and the client reads it back from the
 * hint, so the two URLs are the same and the hint is used. The hash changes whenever the index does,
 * so the tag still never serves a stale entry. Data files are preloaded `as="fetch"` with
 * `crossorigin`, the mode of Pagefind's own `fetch()`; otherwise the browser would fetch them twice.
 */
export function searchPreloadLinks(entryJson: string, base: string): string {
  const entry = JSON.parse(entryJson) as PagefindEntry;
  // The client asks for no language (src/scripts/search/pagefind-client.ts); Pagefind then takes
  // the index with the most pages. With one forced language there is just one.
  const [index] = Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count);
  if (!index) throw new Error(`Pagefind's entry file lists no index: ${entryJson.slice(0, 200)}`);
  const data = (href: string, extra = '') => `<link rel="preload" href="${href}" as="fetch" crossorigin${extra}>`;
  return [
    `<link rel="modulepreload" href="${base}pagefind.js">`,
    data(`${base}pagefind-entry.json?ts=${index.hash}`, ` ${ENTRY_HINT_ATTR} ${CACHE_TAG_ATTR}="${index.hash}"`),
    data(`${base}pagefind.${index.hash}.pf_meta`),
    data(`${base}wasm.${index.wasm ?? 'unknown'}.pagefind`),
    data(`${base}${PRINCIPLES_FILE}`),
  ].join('');
}

/** The `src` of every module script in a page. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
}

/**
 * The modules a bundled module imports statically (`import{a}from"./x.js"`, `import"./y.js"`), as
 * paths resolved against its own. The browser finds these only once the module has arrived; the
 * search page's script imports the search code shared with the dialog, so hinting it saves a round
 * trip. Vite's output puts every static import at the top level, which is all this reads.
 */
export function staticImports(code: string, from: string): string[] {
  const found = [...code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w$*{][^"'`;()]*?from\s*)?["'`]([^"'`]+)["'`]/g)];
  return found.map((m) => new URL(m[1]!, new URL(from, 'http://site')).pathname);
}

/** `<link rel="modulepreload">` for each module. */
export function modulePreloadLinks(paths: readonly string[]): string {
  return paths.map((p) => `<link rel="modulepreload" href="${p}">`).join('');
}

/** The page with `links` added at the end of its `<head>` (after its stylesheets, which paint first). */
export function withPreloads(html: string, links: string): string {
  const end = html.indexOf('</head>');
  if (end < 0) throw new Error('The search page has no </head> to add preload hints to.');
  return html.slice(0, end) + links + html.slice(end);
}

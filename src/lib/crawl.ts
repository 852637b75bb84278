/**
 * Links between pages of the site, for the dev server's search index: it has no `dist/` to read, so
 * it walks the site from its home pages as a reader would.
 */

/** Paths that are not pages: Vite and Astro internals, assets, the search index itself. */
const NOT_A_PAGE = /^\/(?:@|_astro\/|node_modules\/|src\/|pagefind\/)|\.[a-z0-9]+$/i;

/**
 * The site paths linked from `html` (served at `pageUrl`): same origin, without query or hash,
 * pages only, each once, in document order.
 */
export function pageLinks(html: string, pageUrl: string): string[] {
  const base = new URL(pageUrl);
  const found = new Set<string>();
  for (const m of html.matchAll(/<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const href = (m[1] ?? m[2] ?? '').replace(/&amp;/g, '&');
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    if (url.origin !== base.origin || NOT_A_PAGE.test(url.pathname)) continue;
    found.add(url.pathname);
  }
  return [...found];
}

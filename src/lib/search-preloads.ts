/**
 * Preload hints for the search page. Without them its first query waits on a chain of scripts, each
 * found only when the one before it has run: the page's script, then the search code it imports
 * (shared with the dialog). The integration adds a `<link rel="modulepreload">` for the imports to
 * the built search pages, so the browser fetches them while it parses the page.
 *
 * Pagefind's files are not hinted. Its script was, until the page painted its largest text itself
 * (the search help, src/pages/[...lang]/search.astro): a hint makes the file load before the first
 * paint, and Lighthouse's mobile run measured the first paint later with it (1.5 s) than without
 * (1.2 s), the largest paint earlier only while that was the first result. Its entry, metadata and
 * WebAssembly are fetched in its web worker, which cannot use the page's preloads, only the HTTP
 * cache, so on a host that sends no validators they would cross the network twice; and the 55 KB
 * WebAssembly competed with the page's own files for the slow link (largest paint 2.1 s against
 * 1.7–1.8 s).
 */

/** The `src` of every module script in a page. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
}

/**
 * The modules a bundled module imports statically (`import{a}from"./x.js"`, `import"./y.js"`), as
 * paths resolved against its own. The browser finds these only once the module has arrived. Vite's
 * output puts every static import at the top level, which is all this reads.
 */
export function staticImports(code: string, from: string): string[] {
  const found = [...code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w$*{][^"'`;()]*?from\s*)?["'`]([^"'`]+)["'`]/g)];
  return found.map((m) => new URL(m[1]!, new URL(from, 'http://site')).pathname);
}

/** The modules to hint on a search page: what its scripts import, each once. */
export function searchPagePreloads(imports: readonly string[]): string[] {
  return [...new Set(imports)];
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

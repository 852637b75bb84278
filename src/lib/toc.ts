/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Nests `##` and `###` headings into a table of contents. The page title is the `<h1>`, so depth 1
 * is left out, as are depths below `maxDepth`. A `###` before any `##` becomes a top-level item
 * rather than being lost.
 */
export function buildToc(headings: readonly Heading[], maxDepth = 3): TocItem[] {
  const toc: TocItem[] = [];
  for (const h of headings) {
    if (h.depth < 2 || h.depth > maxDepth) continue;
    const item: TocItem = { slug: h.slug, text: h.text, children: [] };
    const parent = toc.at(-1);
    if (h.depth > 2 && parent) parent.children.push(item);
    else toc.push(item);
  }
  return toc;
}

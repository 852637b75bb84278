import type { Lang } from './i18n';
import type { StoryKind } from '../schemas/story';

/**
 * What search knows about each page beyond its text: the facets a reader filters by, and the
 * metadata a result shows. Pages declare them (`SearchFacets.astro`); the search page offers the
 * same facets (`facetChoices`). Values are ids, not labels, so one index serves both languages.
 */
export const FACETS = ['kind', 'principle', 'tag', 'author', 'lang', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/** A principle page is a kind of its own in search, beside the story kinds. */
export type SearchKind = 'principle' | StoryKind;

export interface SearchablePage {
  lang: Lang;
  kind: SearchKind;
  /** Stories only. */
  date?: Date;
  /** Ids of the principles a story cites; a principle page gives its own id. */
  principles?: readonly string[];
  tags?: readonly string[];
  authors?: readonly string[];
  /** Principle pages: other names, so search can put the principle first. */
  aliases?: readonly string[];
}

/** The facet values of a page, for `data-pagefind-filter`. */
export function pageFacets(page: SearchablePage): Record<Facet, string[]> {
  return {
    kind: [page.kind],
    principle: [...(page.principles ?? [])],
    tag: [...(page.tags ?? [])],
    author: [...(page.authors ?? [])],
    lang: [page.lang],
    year: page.date ? [String(page.date.getUTCFullYear())] : [],
  };
}

/** The metadata of a page, for `data-pagefind-meta` (the title comes from the page's `<h1>`). */
export function pageMeta(page: SearchablePage): Record<string, string> {
  const meta: Record<string, string> = { kind: page.kind };
  if (page.date) meta.date = page.date.toISOString().slice(0, 10);
  if (page.aliases && page.aliases.length > 0) meta.aliases = JSON.stringify(page.aliases);
  return meta;
}

/** Reads the `aliases` metadata back; anything unreadable is no aliases. */
export function parseAliases(meta: string | undefined): string[] {
  if (!meta) return [];
  try {
    const value: unknown = JSON.parse(meta);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

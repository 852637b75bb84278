import { LANG_NAMES, LANGS, type Lang } from './i18n';
import { kindName, t } from './ui';
import { STORY_KINDS } from '../schemas/story';
import type { Facet, SearchKind } from './search-facets';

/**
 * The choices the search page offers in each facet, labelled in the page's language. Apart from
 * search-facets.ts because it needs the story schema, which the browser's search code must not load.
 */
export interface FacetChoice {
  value: string;
  label: string;
}

/** What the search page offers in each facet, built from the site model. */
export interface FacetSource {
  principles: readonly { id: string; title: string }[];
  authors: readonly { id: string; name: string }[];
  tags: readonly string[];
  years: readonly number[];
}

/** The choices of each facet on the search page in `lang`, labelled in that language. */
export function facetChoices(lang: Lang, src: FacetSource): Record<Facet, FacetChoice[]> {
  const kinds: SearchKind[] = ['principle', ...STORY_KINDS];
  return {
    kind: kinds.map((k) => ({ value: k, label: k === 'principle' ? t(lang, 'search.principle') : kindName(lang, k) })),
    principle: src.principles.map((p) => ({ value: p.id, label: p.title })),
    tag: [...new Set(src.tags)].sort().map((tag) => ({ value: tag, label: tag })),
    author: src.authors.map((a) => ({ value: a.id, label: a.name })),
    lang: LANGS.map((l) => ({ value: l, label: LANG_NAMES[l] })),
    year: [...new Set(src.years)].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) })),
  };
}

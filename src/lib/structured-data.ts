/**
 * JSON-LD (schema.org) for search engines: `BlogPosting` for a story, `Person` for an author,
 * `BreadcrumbList` for where a page sits. Pure: the page passes absolute URLs in.
 */
type JsonLd = Record<string, unknown>;

export interface PersonInput {
  name: string;
  url: string;
  jobTitle?: string;
  description?: string;
  sameAs?: string[];
}

export function person(p: PersonInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: p.name,
    url: p.url,
    ...(p.jobTitle && { jobTitle: p.jobTitle }),
    ...(p.description && { description: p.description }),
    ...(p.sameAs && p.sameAs.length > 0 && { sameAs: p.sameAs }),
  };
}

export interface BlogPostingInput {
  url: string;
  headline: string;
  description: string;
  lang: string;
  datePublished: Date;
  dateModified?: Date | undefined;
  image: string;
  authors: { name: string; url: string }[];
  keywords: string[];
  /** Titles of the principles the story cites. */
  about: string[];
}

export function blogPosting(s: BlogPostingInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    mainEntityOfPage: s.url,
    url: s.url,
    headline: s.headline,
    description: s.description,
    inLanguage: s.lang,
    datePublished: s.datePublished.toISOString(),
    dateModified: (s.dateModified ?? s.datePublished).toISOString(),
    image: s.image,
    author: s.authors.map((a) => ({ '@type': 'Person', name: a.name, url: a.url })),
    ...(s.keywords.length > 0 && { keywords: s.keywords.join(', ') }),
    ...(s.about.length > 0 && { about: s.about.map((name) => ({ '@type': 'Thing', name })) }),
  };
}

export function breadcrumbList(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/**
 * The text of a `<script type="application/ld+json">`. `<` is escaped so that a title containing
 * `</script>` cannot end the element early.
 */
export function jsonLdText(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

import { DEFAULT_LANG, LANGS, type Lang } from './i18n';
import type { StoryKind } from '../schemas/story';
import { PRINCIPLES_FILE } from './search-principles';

/**
 * Every URL of the site is built here, so that pages, feeds, social cards, the sitemap and search agree.
 * Paths end in `/` (Astro's `trailingSlash: 'always'`); Japanese has no prefix, English lives under `/en/`.
 */

function withLang(lang: Lang, path: string): string {
  const prefix = lang === DEFAULT_LANG ? '' : `/${lang}`;
  return `${prefix}${path}`;
}

const seg = (value: string) => encodeURIComponent(value);

const SEARCH_INDEX = '/pagefind/';

export const urls = {
  home: (lang: Lang) => withLang(lang, '/'),
  principles: (lang: Lang) => withLang(lang, '/principles/'),
  principle: (lang: Lang, id: string) => withLang(lang, `/principles/${seg(id)}/`),
  /** Page 1 of the story list is `/stories/`; later pages are `/stories/page/2/`. */
  stories: (lang: Lang, page = 1) => withLang(lang, page <= 1 ? '/stories/' : `/stories/page/${page}/`),
  story: (lang: Lang, slug: string) => withLang(lang, `/stories/${seg(slug)}/`),
  kind: (lang: Lang, kind: StoryKind) => withLang(lang, `/stories/kind/${seg(kind)}/`),
  authors: (lang: Lang) => withLang(lang, '/authors/'),
  author: (lang: Lang, id: string) => withLang(lang, `/authors/${seg(id)}/`),
  tags: (lang: Lang) => withLang(lang, '/tags/'),
  tag: (lang: Lang, tag: string) => withLang(lang, `/tags/${seg(tag)}/`),
  /** A page of the guide for authors, from `content/guide/<lang>/<slug>.mdx`. */
  guide: (lang: Lang, slug: string) => withLang(lang, `/guide/${seg(slug)}/`),
  search: (lang: Lang, query?: string) =>
    withLang(lang, query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  /** The language's feeds of every story: `/rss.xml` and `/feed.json`, `/en/rss.xml`… */
  feed: (lang: Lang, format: FeedFormat) => withLang(lang, `/${FEED_FILES[format]}`),
  /** A principle's feeds: the stories that cite it, `/principles/<id>/rss.xml`. */
  principleFeed: (lang: Lang, id: string, format: FeedFormat) =>
    withLang(lang, `/principles/${seg(id)}/${FEED_FILES[format]}`),
  /** Social cards (1200×630 PNG). The site's own card is for pages that are not an entry. */
  ogStory: (lang: Lang, slug: string) => withLang(lang, `/og/stories/${seg(slug)}.png`),
  ogPrinciple: (lang: Lang, id: string) => withLang(lang, `/og/principles/${seg(id)}.png`),
  ogSite: (lang: Lang) => withLang(lang, '/og/site.png'),
  /** Where the language switcher lands when a page has no translation: the home page's notice. */
  untranslated: (lang: Lang) => withLang(lang, `/#${UNTRANSLATED_ANCHOR}`),
  /** Search's files: Pagefind's script, WebAssembly and index, written by the build after the pages. */
  searchIndex: () => SEARCH_INDEX,
  /** The names of every principle, beside the index: what a query is matched against first. */
  principleNames: () => `${SEARCH_INDEX}${PRINCIPLES_FILE}`,
  sitemap: () => '/sitemap-index.xml',
  robots: () => '/robots.txt',
} as const;

/**
 * The pages with a searchable body (`data-pagefind-body`): stories, principles and the guide, as
 * paths of files in `dist/` with `*` for the name, so that the indexer reads only these. A test
 * checks that every built page with a body is in the index.
 */
export const searchablePageFiles = (): string[] =>
  LANGS.flatMap((lang) => [urls.story(lang, '*'), urls.principle(lang, '*'), urls.guide(lang, '*')]).map(
    (url) => `${url.slice(1)}index.html`,
  );

let searchablePattern: RegExp | undefined;

/** Whether a built file, relative to `dist/` (`stories/x/index.html`), is one of `searchablePageFiles()`. */
export function isSearchablePageFile(file: string): boolean {
  searchablePattern ??= new RegExp(
    `^(?:${searchablePageFiles()
      .map((glob) => glob.split('*').map(escapeRegExp).join('[^/]+'))
      .join('|')})$`,
  );
  return searchablePattern.test(file);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The file a page's path is written to (`/stories/x/` → `stories/x/index.html`), as `build.format: 'directory'` does. */
export const pageFile = (pathname: string): string =>
  `${pathname.replace(/^\//, '')}${pathname.endsWith('/') ? '' : '/'}index.html`;

export type FeedFormat = 'rss' | 'json';
const FEED_FILES: Record<FeedFormat, string> = { rss: 'rss.xml', json: 'feed.json' };

/** The id of the home page's "this page has no translation" notice, shown by CSS `:target`. */
export const UNTRANSLATED_ANCHOR = 'untranslated';

/**
 * The `lang` route parameter for `src/pages/[...lang]/`: undefined for the default language
 * (no prefix), the code otherwise.
 */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** Turns a site-relative path into an absolute URL on the configured `site`. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The language of a site path: `/en/…` is English, everything else Japanese. */
export function langFromPath(pathname: string): Lang {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : DEFAULT_LANG;
}

/** The page to edit a content file on the repository's host (GitHub's `edit` view). */
export function editUrl(repository: { url: string; branch: string }, filePath: string): string {
  const path = filePath.split('/').map(encodeURIComponent).join('/');
  return `${repository.url.replace(/\/$/, '')}/edit/${encodeURIComponent(repository.branch)}/${path}`;
}

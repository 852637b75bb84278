import { LANGS, type Lang } from './i18n';
import { paginate, type Page } from './pagination';
import type { LangSite, Principle, SiteModel, Story } from './site-model';
import { STORY_KINDS, type StoryKind } from '../schemas/story';
import { langParam } from './urls';
import type { Redirect } from './redirects';
import { facetChoices } from './search-choices';

/**
 * `getStaticPaths` for every route, from the site model. Routes under `src/pages/[...lang]/` call
 * these and only render; keeping the path logic here lets it be tested without a build.
 */
type Params<K extends string> = { lang: string | undefined } & Record<K, string>;

/**
 * Gives every path the site's `cacheKey` (src/lib/page-cache-key.ts), so that Astro's incremental
 * build can reuse a page when nothing it may show has changed. Without a key, the page always renders.
 */
export function keyed<R extends object>(cacheKey: string | undefined, paths: R[]): (R & { cacheKey?: string })[] {
  return paths.map((p) => withKey(cacheKey, p));
}

/** One path with `cacheKey`, or as it is without one. */
const withKey = <R extends object>(cacheKey: string | undefined, path: R): R & { cacheKey?: string } =>
  cacheKey === undefined ? path : { ...path, cacheKey };

function perLang<PE, SE, R extends object>(
  site: SiteModel<PE, SE>,
  each: (lang: Lang, l: LangSite<PE, SE>) => R[],
): (R & { cacheKey?: string })[] {
  return keyed(
    site.cacheKey,
    LANGS.flatMap((lang) => each(lang, site.langs[lang])),
  );
}

export const langPaths = <PE, SE>(site: SiteModel<PE, SE>) =>
  perLang(site, (lang, l) => [{ params: { lang: langParam(lang) }, props: { lang, site: l } }]);

export const principlePaths = <PE, SE>(site: SiteModel<PE, SE>) =>
  perLang(site, (lang, l) =>
    l.principles.map((principle) => ({
      params: { lang: langParam(lang), id: principle.id } as Params<'id'>,
      props: { lang, principle: principle as Principle<PE> },
    })),
  );

/** Story pages have a key each (`SiteModel.storyCacheKeys`): one changed story does not render them all. */
export const storyPaths = <PE, SE>(site: SiteModel<PE, SE>) => {
  const keyOf = (story: Story) => (site.storyCacheKeys ? site.storyCacheKeys.get(story.key) : site.cacheKey);
  return LANGS.flatMap((lang) =>
    site.langs[lang].stories.map((story) =>
      withKey(keyOf(story), {
        params: { lang: langParam(lang), slug: story.slug } as Params<'slug'>,
        props: { lang, story: story as Story<SE> },
      }),
    ),
  );
};

/** Page 1 of the story list is the index route; this gives pages 2 and up. */
export const storyListPaths = <PE, SE>(site: SiteModel<PE, SE>, perPage: number) =>
  perLang(site, (lang, l) =>
    paginate(l.stories, perPage)
      .slice(1)
      .map((page) => ({
        params: { lang: langParam(lang), page: String(page.number) } as Params<'page'>,
        props: { lang, page: page as Page<Story<SE>> },
      })),
  );

/** Every kind has a page in both languages, even while empty, so that the navigation never leads to a 404. */
export const kindPaths = <PE, SE>(site: SiteModel<PE, SE>) =>
  perLang(site, (lang, l) =>
    STORY_KINDS.map((kind) => ({
      params: { lang: langParam(lang), kind } as Params<'kind'>,
      props: { lang, kind: kind as StoryKind, stories: l.kinds.get(kind) ?? [] },
    })),
  );

export const tagPaths = <PE, SE>(site: SiteModel<PE, SE>) =>
  perLang(site, (lang, l) =>
    [...l.tags].map(([tag, stories]) => ({
      params: { lang: langParam(lang), tag } as Params<'tag'>,
      props: { lang, tag, stories },
    })),
  );

/** Every author has a page in both languages, listing the stories they wrote in that language. */
export const authorPaths = <PE, SE>(site: SiteModel<PE, SE>) =>
  perLang(site, (lang) =>
    site.authors.map((author) => ({
      params: { lang: langParam(lang), id: author.id } as Params<'id'>,
      props: { lang, author },
    })),
  );

/** One page per guide file, in its language. */
export const guidePaths = <G extends { lang: Lang; slug: string }>(pages: readonly G[], cacheKey?: string) =>
  keyed(
    cacheKey,
    pages.map((page) => ({
      params: { lang: langParam(page.lang), slug: page.slug } as Params<'slug'>,
      props: { lang: page.lang, page },
    })),
  );

/**
 * One static page per old address (`redirectFrom`), from `src/pages/[...redirect].astro`. The
 * parameter is the old path without its slashes: `stories/old-name`, `en/principles/old-id`.
 */
export const redirectPaths = (redirects: readonly Redirect[], cacheKey?: string) =>
  keyed(
    cacheKey,
    redirects.map((r) => ({
      params: { redirect: r.from.replace(/^\/|\/$/g, '') },
      props: { to: r.to },
    })),
  );

/** The language feeds: `/rss.xml`, `/feed.json`, `/en/rss.xml`, `/en/feed.json`. */
export const feedPaths = <PE, SE>(site: SiteModel<PE, SE>) =>
  perLang(site, (lang, l) => [{ params: { lang: langParam(lang) }, props: { lang, stories: l.stories } }]);

/** One feed per principle and language: the stories in that language that cite it. */
export const principleFeedPaths = <PE, SE>(site: SiteModel<PE, SE>) =>
  perLang(site, (lang, l) =>
    l.principles.map((principle) => ({
      params: { lang: langParam(lang), id: principle.id } as Params<'id'>,
      props: { lang, principle: principle as Principle<PE> },
    })),
  );

/** The site's own social card, one per language. */
export const ogSitePaths = <PE, SE>(site: SiteModel<PE, SE>) =>
  perLang(site, (lang) => [{ params: { lang: langParam(lang) }, props: { lang } }]);

/** The search page in each language, with the facet choices it offers (both languages' stories). */
export const searchPaths = <PE, SE>(site: SiteModel<PE, SE>) =>
  perLang(site, (lang) => {
    const stories = LANGS.flatMap((l) => site.langs[l].stories);
    const choices = facetChoices(lang, {
      principles: site.langs[lang].principles.map((p) => ({ id: p.id, title: p.data.title })),
      authors: site.authors.map((a) => ({
        id: a.id,
        name: lang === 'en' ? (a.data.name_en ?? a.data.name) : a.data.name,
      })),
      tags: stories.flatMap((s) => s.data.tags),
      years: stories.map((s) => s.data.pubDate.getUTCFullYear()),
    });
    return [{ params: { lang: langParam(lang) }, props: { lang, choices } }];
  });

import { getRssString } from '@astrojs/rss';
import { siteConfig } from '../config';
import { jsonFeed, newestItems, storyItem, type FeedItem, type FeedMeta } from '../lib/feeds';
import type { Lang } from '../lib/i18n';
import { authorName } from '../lib/names';
import type { Story } from '../lib/site-model';
import { feedTitle, kindName } from '../lib/ui';
import { absoluteUrl, urls, type FeedFormat } from '../lib/urls';

/**
 * Writes a feed file for the feed routes (`rss.xml`, `feed.json`), from stories the site model
 * already filtered (no drafts, no scheduled stories in production).
 */
const absolute = (path: string) => absoluteUrl(path, siteConfig.url);

export function feedItems(lang: Lang, stories: readonly Story[]): FeedItem[] {
  return stories.map((s) =>
    storyItem(s, { page: urls.story(lang, s.slug), image: urls.ogStory(lang, s.slug) }, absolute, {
      kind: kindName(lang, s.data.kind),
      author: (a) => authorName(a.data, lang),
    }),
  );
}

export interface FeedRequest {
  format: FeedFormat;
  lang: Lang;
  title: string;
  description: string;
  /** Site path of the page the feed mirrors. */
  home: string;
  /** Site path of this feed. */
  self: string;
  stories: readonly Story[];
}

export async function feedResponse(req: FeedRequest): Promise<Response> {
  const items = feedItems(req.lang, req.stories);
  if (req.format === 'json') {
    const meta: FeedMeta = {
      title: req.title,
      description: req.description,
      lang: req.lang,
      homeUrl: absolute(req.home),
      feedUrl: absolute(req.self),
    };
    return new Response(JSON.stringify(jsonFeed(meta, items), null, 1), {
      headers: { 'content-type': 'application/feed+json; charset=utf-8' },
    });
  }
  const xml = await getRssString({
    title: req.title,
    description: req.description,
    site: absolute(req.home),
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${req.lang}</language><atom:link href="${absolute(req.self)}" rel="self" type="application/rss+xml"/>`,
    items: newestItems(items).map((item) => ({
      title: item.title,
      link: item.url,
      description: item.description,
      pubDate: item.published,
      categories: item.categories,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
}

/** A language's feed of its newest stories, in either format: what `/rss.xml` and `/feed.json` serve. */
export function languageFeedResponse(format: FeedFormat, lang: Lang, stories: readonly Story[]): Promise<Response> {
  return feedResponse({
    format,
    lang,
    title: feedTitle(lang, siteConfig.title[lang]),
    description: siteConfig.description[lang],
    home: urls.home(lang),
    self: urls.feed(lang, format),
    stories,
  });
}

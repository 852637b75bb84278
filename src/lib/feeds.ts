import type { Lang } from './i18n';

/**
 * Feeds of stories: RSS 2.0 (written by `@astrojs/rss`) and JSON Feed 1.1 (written here: it is a
 * plain JSON object, https://www.jsonfeed.org/version/1.1/). Both are built from the same items so
 * they always agree. Pages pass in only visible stories (the site model leaves out drafts and
 * scheduled ones in production), so neither feed can leak an unpublished story.
 */

/** Newest stories in a feed. Feed readers poll often; 50 covers months of posting at a small payload. */
export const FEED_SIZE = 50;

export interface FeedItem {
  /** Absolute URL of the story page; also its id. */
  url: string;
  title: string;
  description: string;
  published: Date;
  updated?: Date | undefined;
  authors: string[];
  /** Kind, principles cited and tags, for readers that sort by category. */
  categories: string[];
  /** Absolute URL of the social card. */
  image: string;
}

export interface FeedMeta {
  title: string;
  description: string;
  lang: Lang;
  /** Absolute URL of the page the feed mirrors. */
  homeUrl: string;
  /** Absolute URL of this JSON feed. */
  feedUrl: string;
}

/** The newest `FEED_SIZE` items, newest first (by publication date, then URL for a stable order). */
export function newestItems(items: readonly FeedItem[]): FeedItem[] {
  return [...items]
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.url.localeCompare(b.url))
    .slice(0, FEED_SIZE);
}

export function jsonFeed(meta: FeedMeta, items: readonly FeedItem[]): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    description: meta.description,
    home_page_url: meta.homeUrl,
    feed_url: meta.feedUrl,
    language: meta.lang,
    items: newestItems(items).map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.description,
      content_text: item.description,
      image: item.image,
      date_published: item.published.toISOString(),
      ...(item.updated && { date_modified: item.updated.toISOString() }),
      authors: item.authors.map((name) => ({ name })),
      tags: item.categories,
    })),
  };
}

/** What a feed needs to know of a story; the site model's `Story` fits. */
export interface FeedStory {
  slug: string;
  lang: Lang;
  data: {
    title: string;
    description: string;
    pubDate: Date;
    updatedDate?: Date | undefined;
    kind: string;
    tags: string[];
  };
  authors: { data: { name: string; name_en?: string | undefined } }[];
  principles: { data: { title: string } }[];
}

/** A story as a feed item; `absolute` turns a site path into a URL (see `urls.ts`). */
export function storyItem(
  story: FeedStory,
  paths: { page: string; image: string },
  absolute: (path: string) => string,
  names: { kind: string; author: (a: FeedStory['authors'][number]) => string },
): FeedItem {
  return {
    url: absolute(paths.page),
    title: story.data.title,
    description: story.data.description,
    published: story.data.pubDate,
    updated: story.data.updatedDate,
    authors: story.authors.map(names.author),
    categories: [names.kind, ...story.principles.map((p) => p.data.title), ...story.data.tags],
    image: absolute(paths.image),
  };
}

import { describe, expect, it } from 'vitest';
import { FEED_SIZE, jsonFeed, newestItems, type FeedItem } from './feeds';

const item = (n: number): FeedItem => ({
  url: `https://x/stories/s${n}/`,
  title: `t${n}`,
  description: `d${n}`,
  published: new Date(Date.UTC(2025, 0, 1 + n)),
  authors: ['A'],
  categories: ['essay'],
  image: `https://x/og/stories/s${n}.png`,
});

describe('feeds', () => {
  it('keeps the newest FEED_SIZE items, newest first', () => {
    const items = Array.from({ length: FEED_SIZE + 5 }, (_, i) => item(i));
    const newest = newestItems(items.reverse());
    expect(newest).toHaveLength(FEED_SIZE);
    expect(newest[0]!.title).toBe(`t${FEED_SIZE + 4}`);
    expect(newest.at(-1)!.title).toBe('t5');
  });

  it('writes a JSON Feed 1.1 with ids, dates and authors', () => {
    const feed = jsonFeed(
      { title: 'T', description: 'D', lang: 'en', homeUrl: 'https://x/en/', feedUrl: 'https://x/en/feed.json' },
      [{ ...item(1), updated: new Date(Date.UTC(2025, 5, 1)) }],
    );
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      feed_url: 'https://x/en/feed.json',
      language: 'en',
      items: [
        {
          id: 'https://x/stories/s1/',
          date_published: '2025-01-02T00:00:00.000Z',
          date_modified: '2025-06-01T00:00:00.000Z',
          authors: [{ name: 'A' }],
        },
      ],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { PRODUCTION } from './publication';
import * as routes from './routes';
import { authorPaths, kindPaths, principlePaths, storyListPaths, storyPaths, tagPaths } from './routes';
import { buildSiteModel } from './site-model';
import { fakeAuthor, fakePrinciple, fakeStory } from './test-utils';

const site = buildSiteModel({
  principles: [fakePrinciple('p'), fakePrinciple('p', {}, 'en')],
  stories: [
    ...Array.from({ length: 5 }, (_, i) => fakeStory(`s${i}`, { tags: ['t'], pubDate: `2025-01-0${i + 1}` })),
    fakeStory('s0', { kind: 'onboarding' }, '', 'en'),
  ],
  authors: [fakeAuthor('aoi')],
  now: new Date('2026-01-01'),
  visibility: PRODUCTION,
});

const paramsOf = (paths: { params: Record<string, string | undefined> }[]) => paths.map((p) => p.params);

describe('routes', () => {
  it('gives Japanese pages no language prefix and English ones "en"', () => {
    expect(paramsOf(principlePaths(site))).toEqual([
      { lang: undefined, id: 'p' },
      { lang: 'en', id: 'p' },
    ]);
  });

  it('has a page for every visible story in its language', () => {
    expect(paramsOf(storyPaths(site)).map((p) => `${p.lang ?? 'ja'}/${p.slug}`)).toEqual([
      'ja/s4',
      'ja/s3',
      'ja/s2',
      'ja/s1',
      'ja/s0',
      'en/s0',
    ]);
  });

  it('paginates the story list from page 2 on (page 1 is the index)', () => {
    const pages = storyListPaths(site, 2);
    expect(paramsOf(pages)).toEqual([
      { lang: undefined, page: '2' },
      { lang: undefined, page: '3' },
    ]);
    expect(pages[1]!.props.page.items.map((s) => s.slug)).toEqual(['s0']);
  });

  it('has a page for every kind in both languages, and tag pages only where there are stories', () => {
    const kinds = kindPaths(site);
    expect(kinds).toHaveLength(8);
    expect(kinds.find((k) => k.params.lang === 'en' && k.params.kind === 'onboarding')!.props.stories).toHaveLength(1);
    expect(kinds.find((k) => k.params.lang === 'en' && k.params.kind === 'essay')!.props.stories).toEqual([]);
    expect(paramsOf(tagPaths(site))).toEqual([{ lang: undefined, tag: 't' }]);
  });

  it('gives every author a page in both languages', () => {
    expect(paramsOf(authorPaths(site))).toEqual([
      { lang: undefined, id: 'aoi' },
      { lang: 'en', id: 'aoi' },
    ]);
  });

  it("gives every page the site's cache key, so that an unchanged site is not rendered again", () => {
    const keyedSite = { ...site, cacheKey: 'k1' };
    const all = [
      routes.langPaths(keyedSite),
      principlePaths(keyedSite),
      storyPaths(keyedSite),
      storyListPaths(keyedSite, 2),
      kindPaths(keyedSite),
      tagPaths(keyedSite),
      authorPaths(keyedSite),
      routes.feedPaths(keyedSite),
      routes.principleFeedPaths(keyedSite),
      routes.ogSitePaths(keyedSite),
      routes.searchPaths(keyedSite),
      routes.guidePaths([{ lang: 'ja', slug: 'start' }], keyedSite.cacheKey),
      routes.redirectPaths(
        [{ from: '/stories/old/', to: '/stories/new/', file: 'content/stories/ja/new.mdx' }],
        keyedSite.cacheKey,
      ),
    ];
    for (const paths of all) {
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) expect(path.cacheKey).toBe('k1');
    }
    // Without a key (some entry had no digest), no page claims one: every page renders.
    expect(storyPaths(site).some((p) => 'cacheKey' in p)).toBe(false);
  });

  it('gives each story page its own key when the site has them, and none to a story without one', () => {
    const [first, ...rest] = storyPaths(site).map((p) => p.props.story.key);
    expect(rest.length).toBeGreaterThan(0);
    const keys = new Map(rest.map((key) => [key, `key of ${key}`]));
    const paths = storyPaths({ ...site, cacheKey: 'k1', storyCacheKeys: keys });
    expect(paths.length).toBe(rest.length + 1);
    for (const path of paths) {
      if (path.props.story.key === first) expect('cacheKey' in path).toBe(false);
      else expect(path.cacheKey).toBe(`key of ${path.props.story.key}`);
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  pageCacheKey,
  storyPageKeys,
  type CacheKeyInputs,
  type StoryKeyContext,
  type StoryPageShows,
} from './page-cache-key';

const inputs: CacheKeyInputs = {
  entries: [
    { collection: 'stories', id: 'ja/joining', digest: 'a1', filePath: 'content/stories/ja/joining.mdx' },
    { collection: 'principles', id: 'ja/dont-build', digest: 'b2', filePath: 'content/principles/ja/dont-build.mdx' },
  ],
  unpublished: [{ filePath: 'content/stories/ja/wip.mdx', reason: 'draft' }],
  visibility: { drafts: false },
  lastCommitted: new Map([['content/stories/ja/joining.mdx', new Date('2026-03-01')]]),
  redirects: [{ from: '/stories/old/', to: '/stories/joining/' }],
};

describe('page cache key', () => {
  it('is the same for the same site, whatever order the collections come in', () => {
    expect(pageCacheKey(inputs)).toMatch(/^[0-9a-f]{32}$/);
    expect(pageCacheKey({ ...inputs, entries: [...inputs.entries].reverse() })).toBe(pageCacheKey(inputs));
  });

  it('changes with anything a page may show: content, what is held back, drafts, git dates, redirects', () => {
    const key = pageCacheKey(inputs);
    const changed: Partial<CacheKeyInputs>[] = [
      { entries: [{ ...inputs.entries[0]!, digest: 'a2' }, inputs.entries[1]!] },
      { entries: [...inputs.entries, { collection: 'authors', id: 'aoi', digest: 'c3' }] },
      { entries: [inputs.entries[0]!] },
      { unpublished: [...inputs.unpublished, { filePath: 'content/stories/ja/joining.mdx', reason: 'scheduled' }] },
      { visibility: { drafts: true } },
      { lastCommitted: new Map([['content/stories/ja/joining.mdx', new Date('2026-03-02')]]) },
      { redirects: [] },
    ];
    for (const change of changed) expect(pageCacheKey({ ...inputs, ...change })).not.toBe(key);
  });

  it('gives no key when an entry has no digest: nothing can be proved unchanged, so every page renders', () => {
    expect(pageCacheKey({ ...inputs, entries: [...inputs.entries, { collection: 'guide', id: 'ja/start' }] })).toBe(
      undefined,
    );
  });
});

describe('story page key', () => {
  const file = (slug: string) => `content/stories/ja/${slug}.mdx`;
  const digests = new Map<string, string | undefined>([
    [file('joining'), 's1'],
    [file('older'), 's2'],
    [file('newer'), 's3'],
    [file('related'), 's4'],
    ['content/stories/en/joining.mdx', 's5'],
    [file('unrelated'), 's6'],
    ['content/principles/ja/dont-build.mdx', 'p1'],
    ['content/authors/aoi.yaml', 'a1'],
  ]);
  const context: StoryKeyContext = {
    digests,
    lastCommitted: new Map([[file('joining'), new Date('2026-03-01')]]),
    visibility: { drafts: false },
    shared: ['content/principles/ja/dont-build.mdx', 'content/authors/aoi.yaml'],
  };
  const story: StoryPageShows & { key: string } = {
    key: 'ja/joining',
    filePath: file('joining'),
    state: 'published',
    translation: { filePath: 'content/stories/en/joining.mdx' },
    older: { filePath: file('older') },
    newer: { filePath: file('newer') },
    related: [{ filePath: file('related') }],
  };
  const keyWith = (change: { story?: Partial<StoryPageShows>; context?: Partial<StoryKeyContext> }) =>
    storyPageKeys([{ ...story, ...change.story }], { ...context, ...change.context }).get('ja/joining');
  const withDigest = (path: string, digest: string | undefined) => ({ digests: new Map([...digests, [path, digest]]) });

  it('is the same when nothing the page shows changed, whatever else did', () => {
    const key = keyWith({});
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(keyWith({ context: withDigest(file('unrelated'), 's7') })).toBe(key);
    // The page shows its own "last updated" date, not the other stories'.
    const older = new Date('2026-04-01');
    expect(keyWith({ context: { lastCommitted: new Map([...context.lastCommitted, [file('older'), older]]) } })).toBe(
      key,
    );
  });

  it('changes with every entry the page shows, and with which entries those are', () => {
    const key = keyWith({});
    const changed = [
      { context: withDigest(file('joining'), 's1b') },
      { context: withDigest('content/stories/en/joining.mdx', 's5b') },
      { context: withDigest(file('older'), 's2b') },
      { context: withDigest(file('newer'), 's3b') },
      { context: withDigest(file('related'), 's4b') },
      { context: withDigest('content/principles/ja/dont-build.mdx', 'p2') },
      { context: withDigest('content/authors/aoi.yaml', 'a2') },
      { context: { lastCommitted: new Map([[file('joining'), new Date('2026-03-02')]]) } },
      { context: { visibility: { drafts: true } } },
      { story: { state: 'draft' } },
      { story: { related: [{ filePath: file('unrelated') }] } },
      { story: { related: [] } },
      { story: { older: undefined } },
      { story: { newer: { filePath: file('unrelated') } } },
      { story: { translation: undefined } },
    ];
    for (const change of changed) expect(keyWith(change), JSON.stringify(change)).not.toBe(key);
  });

  it('gives no key when an entry the page shows has no digest: that page always renders', () => {
    expect(keyWith({ context: withDigest(file('related'), undefined) })).toBe(undefined);
    expect(keyWith({ context: withDigest('content/authors/aoi.yaml', undefined) })).toBe(undefined);
    // Another story's missing digest does not matter to this page.
    expect(keyWith({ context: withDigest(file('unrelated'), undefined) })).toBe(keyWith({}));
  });

  it('is never a key of the whole site', () => {
    expect(keyWith({})).not.toBe(pageCacheKey(inputs));
  });
});

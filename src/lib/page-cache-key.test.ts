import { describe, expect, it } from 'vitest';
import { pageCacheKey, type CacheKeyInputs } from './page-cache-key';

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

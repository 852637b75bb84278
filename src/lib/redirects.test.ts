import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { PRODUCTION } from './publication';
import { buildRedirects, redirectSourcePath, siteRedirects, type RedirectOwner } from './redirects';
import { buildSiteModel } from './site-model';
import { fakeAuthor, fakePrinciple, fakeStory } from './test-utils';
import { principleSchema } from '../schemas/principle';
import { storySchema } from '../schemas/story';

const owner = (o: Partial<RedirectOwner>): RedirectOwner => ({
  collection: 'stories',
  lang: 'ja',
  file: 'content/stories/ja/new-name.mdx',
  url: '/stories/new-name/',
  redirectFrom: [],
  ...o,
});

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ContentError) return e.problems.map((p) => `${p.file}:${p.line ?? '-'}  ${p.message}`);
    throw e;
  }
  throw new Error('expected a ContentError');
}

describe('redirectSourcePath', () => {
  it('reads a slug in the entry’s own folder and language, or a site path as written', () => {
    expect(redirectSourcePath({ collection: 'stories', lang: 'en' }, 'old-name')).toBe('/en/stories/old-name/');
    expect(redirectSourcePath({ collection: 'principles', lang: 'ja' }, 'old-id')).toBe('/principles/old-id/');
    expect(redirectSourcePath({ collection: 'stories', lang: 'ja' }, '/blog/2019/hello/')).toBe('/blog/2019/hello/');
  });
});

describe('buildRedirects', () => {
  it('sends each old address to the entry, sorted by old address', () => {
    const r = buildRedirects([owner({ redirectFrom: ['old-name', '/blog/hello/'] })], new Set(['/stories/new-name/']));
    expect(r).toEqual([
      { from: '/blog/hello/', to: '/stories/new-name/', file: 'content/stories/ja/new-name.mdx' },
      { from: '/stories/old-name/', to: '/stories/new-name/', file: 'content/stories/ja/new-name.mdx' },
    ]);
  });

  it('refuses an old address that is a live page, the entry itself, or claimed twice, naming file and line', () => {
    const source = '---\ntitle: x\nredirectFrom: [other, new-name, shared]\n---\n';
    expect(
      problems(() =>
        buildRedirects(
          [
            owner({ redirectFrom: ['other', 'new-name', 'shared'] }),
            owner({ file: 'content/stories/ja/b.mdx', url: '/stories/b/', redirectFrom: ['shared'] }),
          ],
          new Set(['/stories/new-name/', '/stories/other/', '/stories/b/']),
          () => source,
        ),
      ),
    ).toEqual([
      'content/stories/ja/new-name.mdx:3  redirectFrom names "other", but /stories/other/ is the address of another page.',
      'content/stories/ja/new-name.mdx:3  redirectFrom names "new-name", which is this entry\'s own address.',
      'content/stories/ja/b.mdx:3  redirectFrom names "shared", which content/stories/ja/new-name.mdx also claims (/stories/shared/).',
    ]);
  });
});

describe('siteRedirects', () => {
  const base = {
    authors: [fakeAuthor('aoi')],
    now: new Date('2026-01-01T00:00:00Z'),
    visibility: PRODUCTION,
  };

  it('collects the redirects of published principles and stories only', () => {
    const site = buildSiteModel({
      ...base,
      principles: [fakePrinciple('write-it-down', { redirectFrom: ['document-everything'] }, 'en')],
      stories: [
        fakeStory('renamed', { redirectFrom: ['first-name'] }),
        fakeStory('draft', { draft: true, redirectFrom: ['old-draft'] }),
      ],
    });
    expect(siteRedirects(site).map((r) => `${r.from} -> ${r.to}`)).toEqual([
      '/en/principles/document-everything/ -> /en/principles/write-it-down/',
      '/stories/first-name/ -> /stories/renamed/',
    ]);
  });

  it('refuses a redirect over a tag page or another story', () => {
    const site = buildSiteModel({
      ...base,
      principles: [],
      stories: [fakeStory('a', { tags: ['ops'], redirectFrom: ['/tags/ops/', 'b'] }), fakeStory('b')],
    });
    expect(problems(() => siteRedirects(site))).toHaveLength(2);
  });
});

describe('redirectFrom in the frontmatter', () => {
  it('takes old slugs and site paths, and defaults to none', () => {
    expect(storySchema.parse(story({ redirectFrom: ['old-name', '/blog/2019/hello/'] })).redirectFrom).toEqual([
      'old-name',
      '/blog/2019/hello/',
    ]);
    expect(principleSchema.parse({ title: 't', summary: 's' }).redirectFrom).toEqual([]);
  });

  it('refuses what is neither, saying what it should be', () => {
    for (const bad of [['Old Name'], ['stories/old/'], ['/no-trailing-slash'], 'old-name']) {
      const result = storySchema.safeParse(story({ redirectFrom: bad }));
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/redirectFrom/);
    }
  });
});

function story(extra: Record<string, unknown>) {
  return { title: 't', description: 'd', pubDate: '2025-01-01', kind: 'essay', authors: ['aoi'], ...extra };
}

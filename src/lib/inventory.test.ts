import { describe, expect, it } from 'vitest';
import { checkInventory, contentFiles, siteManifest, summarize, type Manifest } from './inventory';
import { PRODUCTION } from './publication';
import { buildSiteModel } from './site-model';
import { fakeAuthor, fakePrinciple, fakeStory } from './test-utils';

const NOW = new Date('2026-01-01T00:00:00Z');

function site() {
  return buildSiteModel({
    principles: [fakePrinciple('p', {}, 'ja'), fakePrinciple('p', {}, 'en'), fakePrinciple('only-ja', {}, 'ja')],
    stories: [
      fakeStory('hello', {}, '', 'ja'),
      fakeStory('hello', {}, '', 'en'),
      fakeStory('secret-plans', { title: 'Our secret plans', draft: true }, '', 'ja'),
      fakeStory('later', { pubDate: '2030-01-01' }, '', 'en'),
    ],
    authors: [fakeAuthor('aoi')],
    now: NOW,
    visibility: PRODUCTION,
  });
}

const pagesOf = (m: Manifest) => new Set(m.published.map((e) => e.url));

describe('siteManifest', () => {
  it('lists each entry with its URL and its language twin, and what was left out and why', () => {
    const m = siteManifest(site(), [{ from: '/stories/old/', to: '/stories/hello/', file: 'x' }]);
    expect(m.published.filter((e) => e.collection !== 'authors')).toEqual([
      {
        file: 'content/principles/en/p.mdx',
        collection: 'principles',
        lang: 'en',
        id: 'p',
        url: '/en/principles/p/',
        twin: '/principles/p/',
      },
      {
        file: 'content/principles/ja/only-ja.mdx',
        collection: 'principles',
        lang: 'ja',
        id: 'only-ja',
        url: '/principles/only-ja/',
      },
      {
        file: 'content/principles/ja/p.mdx',
        collection: 'principles',
        lang: 'ja',
        id: 'p',
        url: '/principles/p/',
        twin: '/en/principles/p/',
      },
      {
        file: 'content/stories/en/hello.mdx',
        collection: 'stories',
        lang: 'en',
        id: 'hello',
        url: '/en/stories/hello/',
        twin: '/stories/hello/',
      },
      {
        file: 'content/stories/ja/hello.mdx',
        collection: 'stories',
        lang: 'ja',
        id: 'hello',
        url: '/stories/hello/',
        twin: '/en/stories/hello/',
      },
    ]);
    expect(m.published.filter((e) => e.collection === 'authors').map((e) => e.url)).toEqual([
      '/en/authors/aoi/',
      '/authors/aoi/',
    ]);
    expect(m.unpublished).toEqual([
      { file: 'content/stories/en/later.mdx', reason: 'scheduled' },
      { file: 'content/stories/ja/secret-plans.mdx', reason: 'draft' },
    ]);
    expect(m.redirects).toEqual([{ from: '/stories/old/', to: '/stories/hello/' }]);
  });

  it('leaks nothing of an unpublished story but its path and reason', () => {
    const text = JSON.stringify(siteManifest(site(), []));
    expect(text).not.toContain('secret plans');
    expect(text).not.toContain('/stories/secret-plans/');
  });

  it('summarizes for the build log', () => {
    expect(summarize(siteManifest(site(), []))).toBe(
      '6 content files published as 7 pages; 2 left out (1 draft, 1 scheduled)',
    );
  });
});

describe('contentFiles', () => {
  it('keeps entry-like files in the collection folders, not images or system files', () => {
    expect(
      contentFiles([
        'content/stories/ja/a.mdx',
        'content/stories/ja/b.md',
        'content/stories/ja/photo.png',
        'content/stories/ja/.DS_Store',
        'content/authors/aoi.yaml',
        'content/README.md',
      ]),
    ).toEqual(['content/authors/aoi.yaml', 'content/stories/ja/a.mdx', 'content/stories/ja/b.md']);
  });
});

describe('checkInventory', () => {
  const manifest = siteManifest(site(), []);
  const onDisk = [...manifest.published.map((e) => e.file), ...manifest.unpublished.map((u) => u.file)];

  it('passes when every file is published or left out for a reason, and every page was built', () => {
    expect(checkInventory({ manifest, files: onDisk, builtPages: pagesOf(manifest) })).toEqual([]);
  });

  it('names a file the collection does not read, with the fix', () => {
    const problems = checkInventory({
      manifest,
      files: [...onDisk, 'content/stories/ja/notes.md'],
      builtPages: pagesOf(manifest),
    });
    expect(problems).toEqual([
      {
        file: 'content/stories/ja/notes.md',
        message: 'is not a .mdx file, so the stories collection does not read it and it is not on the site.',
        hint: 'rename it to notes.mdx',
      },
    ]);
  });

  it('names a file whose id collides with another', () => {
    const [problem] = checkInventory({
      manifest,
      files: [...onDisk, 'content/stories/ja/Hello.mdx'],
      builtPages: pagesOf(manifest),
    });
    expect(problem!.file).toBe('content/stories/ja/Hello.mdx');
    expect(problem!.message).toBe(
      'has the same id as content/stories/ja/hello.mdx, so only one of the two is on the site.',
    );
  });

  it('names a file skipped for its name, and any other file that vanished', () => {
    const problems = checkInventory({
      manifest,
      files: [...onDisk, 'content/principles/ja/_draft.mdx', 'content/principles/ja/Über.mdx'],
      builtPages: pagesOf(manifest),
    });
    expect(problems.map((p) => `${p.file}: ${p.hint}`)).toEqual([
      'content/principles/ja/_draft.mdx: rename it to draft.mdx, or move it out of content/principles/ if it is not content',
      'content/principles/ja/Über.mdx: file names must be lowercase words joined by hyphens, such as content/principles/ja/my-first-month.mdx',
    ]);
  });

  it('names an entry whose page the build did not write', () => {
    const built = pagesOf(manifest);
    built.delete('/en/stories/hello/');
    const problems = checkInventory({ manifest, files: onDisk, builtPages: built });
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/stories/en/hello.mdx: should be published at /en/stories/hello/, but the build wrote no page there.',
    ]);
  });
});

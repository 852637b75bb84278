import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, entryPath, hrefs, pageFile, readEntries, readPage } from '../support/dist';

const principles = readEntries('principles');
const stories = readEntries('stories');
const published = stories.filter((s) => s.data.draft !== true && new Date(String(s.data.pubDate)) <= new Date());

/** Principle ids a story cites: its frontmatter list and every `<Principle id>` outside code fences. */
function citedIds(story: (typeof stories)[number]): Set<string> {
  const ids = new Set((story.data.principles as string[] | undefined) ?? []);
  const prose = story.body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  for (const m of prose.matchAll(/<Principle\s+id="([^"]+)"/g)) ids.add(m[1]!);
  return ids;
}

beforeAll(assertBuilt);

describe('the built site', () => {
  it('has a page for every principle', () => {
    for (const p of principles) expect(existsSync(pageFile(entryPath('principles', p))), p.file).toBe(true);
  });

  it('has a page for every published story and none for drafts', () => {
    expect(published.length).toBeGreaterThan(0);
    for (const s of stories) {
      const built = existsSync(pageFile(entryPath('stories', s)));
      expect(built, s.file).toBe(published.includes(s));
    }
  });

  it('lists on each principle page exactly the stories that cite it, newest first, with the count', () => {
    for (const p of principles) {
      const page = readPage(entryPath('principles', p));
      const expected = published
        .filter((s) => s.lang === p.lang && citedIds(s).has(p.slug))
        .sort((a, b) => String(b.data.pubDate).localeCompare(String(a.data.pubDate)))
        .map((s) => entryPath('stories', s));
      const listed = hrefs(page.querySelector('[data-citing-stories]')).filter((h) => h.includes('/stories/'));
      expect(listed, p.file).toEqual(expected);
      expect(page.querySelector('[data-citation-count]')?.getAttribute('data-citation-count'), p.file).toBe(
        String(expected.length),
      );
    }
  });

  it('links each story to every principle it cites', () => {
    for (const s of published) {
      const links = hrefs(readPage(entryPath('stories', s)).querySelector('[data-cited-principles]'));
      const expected = [...citedIds(s)].map((id) => entryPath('principles', { lang: s.lang, slug: id }));
      expect(links.sort(), s.file).toEqual(expected.sort());
    }
  });

  it('renders <Principle id> inline as a link to the principle', () => {
    const s = published.find((x) => /<Principle\s+id="/.test(x.body))!;
    const inline = readPage(entryPath('stories', s)).querySelector('.prose .principle-inline a');
    expect(inline?.getAttribute('href')).toMatch(/\/principles\/[a-z0-9-]+\/$/);
  });

  it('points a story to its translation and back', () => {
    const pair = published.find((s) => s.lang === 'ja' && published.some((o) => o.lang === 'en' && o.slug === s.slug))!;
    const ja = readPage(entryPath('stories', pair));
    const en = readPage(entryPath('stories', { lang: 'en', slug: pair.slug }));
    expect(ja.querySelector('html')?.getAttribute('lang')).toBe('ja');
    expect(en.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(ja.querySelector('.lang-switch')?.getAttribute('href')).toBe(`/en/stories/${pair.slug}/`);
    expect(en.querySelector('.lang-switch')?.getAttribute('href')).toBe(`/stories/${pair.slug}/`);
  });

  it('says on a retired principle that it is retired and links to its successor', () => {
    const retired = principles.find((p) => p.data.status === 'retired' && p.data.supersededBy)!;
    const notice = readPage(entryPath('principles', retired)).querySelector('.notice--retired');
    expect(hrefs(notice)).toContain(
      entryPath('principles', { lang: retired.lang, slug: String(retired.data.supersededBy) }),
    );
  });

  it('has a table of contents, prev/next and related stories on a story page', () => {
    const page = readPage(
      entryPath(
        'stories',
        published.find((s) => s.lang === 'ja')!,
      ),
    );
    expect(page.querySelectorAll('.toc a').length).toBeGreaterThan(1);
    for (const a of page.querySelectorAll('.toc a')) {
      expect(page.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')).not.toBeNull();
    }
    expect(page.querySelectorAll('a[rel="prev"], a[rel="next"]').length).toBeGreaterThan(0);
    expect(page.querySelectorAll('[data-related-stories] li').length).toBeGreaterThan(0);
  });

  it('highlights code with both a light and a dark theme', () => {
    const withCode = published.find((s) => s.body.includes('```ts'))!;
    const pre = readPage(entryPath('stories', withCode)).querySelector('pre.astro-code');
    expect(pre?.getAttribute('style')).toMatch(/--shiki-dark/);
  });

  it('has 404 pages in both languages and index pages for kinds, tags and authors', () => {
    for (const p of [
      '/404.html',
      '/en/404/',
      '/stories/kind/onboarding/',
      '/en/tags/',
      '/authors/',
      '/en/principles/',
    ]) {
      expect(existsSync(pageFile(p)), p).toBe(true);
    }
  });
});

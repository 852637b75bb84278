import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST, entryPath, readEntries, readPage, ROOT } from '../support/dist';

assertBuilt();

const published = (collection: 'principles' | 'stories') =>
  readEntries(collection).filter((e) => e.data.draft !== true && new Date(String(e.data.pubDate ?? 0)) <= new Date());

describe('the search index in dist/', () => {
  it('is one index for both languages, holding every principle, published story and guide page', () => {
    const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['ja']);
    const expected = readEntries('principles').length + published('stories').length + readEntries('guide').length;
    expect(entry.languages.ja!.page_count).toBe(expected);
  });

  it('indexes every built page that has a searchable body (the indexer reads only the pages meant to have one)', () => {
    const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const withBody = (readdirSync(DIST, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.html'))
      .filter((f) => readFileSync(path.join(DIST, f), 'utf8').includes('data-pagefind-body'));
    expect(entry.languages.ja!.page_count).toBe(withBody.length);
  });

  it('is built output only: nothing of it is copied into public/', () => {
    expect(existsSync(path.join(ROOT, 'public/pagefind'))).toBe(false);
  });

  it('lists every principle with its aliases, for ranking principles first', () => {
    const names = JSON.parse(readFileSync(path.join(DIST, 'pagefind/principles.json'), 'utf8')) as {
      url: string;
      aliases: string[];
    }[];
    const principles = readEntries('principles');
    expect(names.map((n) => n.url).sort()).toEqual(principles.map((p) => entryPath('principles', p)).sort());
    for (const p of principles) {
      expect(names.find((n) => n.url === entryPath('principles', p))?.aliases).toEqual(p.data.aliases ?? []);
    }
  });

  it('is preloaded by the search page in each language, from where the index is written', () => {
    for (const page of ['/search/', '/en/search/']) {
      const preloads = readPage(page)
        .querySelectorAll('head link[rel="preload"]')
        .map((l) => ({ href: l.getAttribute('href')!, as: l.getAttribute('as'), cors: l.getAttribute('crossorigin') }));
      // `fetch()` asks in CORS mode: a preload without `crossorigin` would be fetched a second time.
      expect(preloads).toEqual([{ href: '/pagefind/principles.json', as: 'fetch', cors: 'anonymous' }]);
      expect(existsSync(path.join(DIST, preloads[0]!.href))).toBe(true);
    }
  });

  it('gives each page its true <html lang> and only the article as searchable body, with the h1 inside', () => {
    for (const s of published('stories')) {
      const page = readPage(entryPath('stories', s));
      expect(page.querySelector('html')?.getAttribute('lang')).toBe(s.lang);
      const bodies = page.querySelectorAll('[data-pagefind-body]');
      expect(bodies).toHaveLength(1);
      expect(bodies[0]!.tagName).toBe('ARTICLE');
      expect(bodies[0]!.querySelector('h1')?.textContent.trim()).toBe(String(s.data.title));
    }
  });

  it('tags each story with its facets: kind, principles cited, tags, authors, language, year', () => {
    for (const s of published('stories')) {
      const filters = readPage(entryPath('stories', s))
        .querySelectorAll('[data-pagefind-filter]')
        .map((el) => el.getAttribute('data-pagefind-filter'));
      expect(filters).toContain(`kind:${String(s.data.kind)}`);
      expect(filters).toContain(`lang:${s.lang}`);
      expect(filters).toContain(`year:${String(s.data.pubDate).slice(0, 4)}`);
      for (const id of s.data.principles as string[]) expect(filters).toContain(`principle:${id}`);
      for (const tag of s.data.tags as string[]) expect(filters).toContain(`tag:${tag}`);
      for (const a of s.data.authors as string[]) expect(filters).toContain(`author:${a}`);
    }
  });

  it('has a search page in each language, with the results marker the benchmark reads', () => {
    for (const p of ['/search/', '/en/search/']) {
      const page = readPage(p);
      expect(page.querySelector('form[role="search"] input[name="q"]')).not.toBeNull();
      expect(page.querySelector('[data-search-output]')).not.toBeNull();
    }
  });

  it("hints the search page's modules, so that they load with the page and not one after another", () => {
    for (const p of ['/search/', '/en/search/']) {
      const page = readPage(p);
      const hinted = page.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute('href')!);
      // Not Pagefind's script: loaded before the first paint, it delayed it (src/lib/search-preloads.ts).
      expect(hinted).not.toContain('/pagefind/pagefind.js');
      // The page's script imports the search code shared with the dialog: that module is hinted too.
      expect(hinted.some((h) => h.startsWith('/_astro/'))).toBe(true);
      for (const href of hinted) expect(existsSync(path.join(DIST, href)), href).toBe(true);
    }
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, pageFile, readEntries, readPage, ROOT } from '../support/dist';

/**
 * The inventory as a reader of `dist/manifest.json` relies on it, checked against the content files
 * read here with a parser of our own: every file is published or left out with a reason, every URL
 * and twin is a page, a draft leaks nothing but its path, and every recorded URL still works.
 */
interface Manifest {
  published: { file: string; collection: string; lang: string; id: string; url: string; twin?: string }[];
  unpublished: { file: string; reason: string }[];
  redirects: { from: string; to: string }[];
}

let manifest: Manifest;
let manifestText: string;

beforeAll(() => {
  assertBuilt();
  manifestText = readFileSync(path.join(DIST, 'manifest.json'), 'utf8');
  manifest = JSON.parse(manifestText) as Manifest;
});

describe('dist/manifest.json', () => {
  it('accounts for every content file: published, or left out with a reason', () => {
    const stories = readEntries('stories');
    const files = [
      ...readEntries('principles').map((e) => e.file),
      ...stories.map((e) => e.file),
      ...readdirSync(path.join(ROOT, 'content/authors')).map((f) => `content/authors/${f}`),
    ].sort();
    const accounted = [
      ...new Set([...manifest.published.map((e) => e.file), ...manifest.unpublished.map((u) => u.file)]),
    ];
    expect(accounted.sort()).toEqual(files);
    for (const e of stories.filter((s) => s.data.draft === true)) {
      expect(manifest.unpublished).toContainEqual({ file: e.file, reason: 'draft' });
    }
  });

  it('points every published entry and its twin at a built page', () => {
    expect(manifest.published.length).toBeGreaterThan(0);
    const missing = manifest.published
      .flatMap((e) => [e.url, ...(e.twin ? [e.twin] : [])])
      .filter((url) => !existsSync(pageFile(url)));
    expect(missing).toEqual([]);
  });

  it('pairs twins both ways', () => {
    const byUrl = new Map(manifest.published.map((e) => [e.url, e]));
    for (const e of manifest.published.filter((x) => x.twin)) {
      expect(byUrl.get(e.twin!)?.twin, `${e.url} ↔ ${e.twin}`).toBe(e.url);
    }
  });

  it('says nothing about a draft but its path and reason', () => {
    for (const e of readEntries('stories').filter((s) => s.data.draft === true)) {
      expect(manifestText).not.toContain(String(e.data.title));
      expect(existsSync(pageFile(`/${e.lang === 'ja' ? '' : `${e.lang}/`}stories/${e.slug}/`))).toBe(false);
    }
  });
});

describe('redirects', () => {
  it('serve each old address with a page that sends the reader to the new one', () => {
    expect(manifest.redirects.length).toBeGreaterThan(0);
    for (const r of manifest.redirects) {
      const page = readPage(r.from);
      expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${r.to}`);
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${r.to}$`));
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(existsSync(pageFile(r.to))).toBe(true);
    }
  });

  it('come from redirectFrom in the content', () => {
    const declared = readEntries('stories')
      .filter((e) => Array.isArray(e.data.redirectFrom) && e.data.draft !== true)
      .flatMap((e) =>
        (e.data.redirectFrom as string[]).map((slug) => `${e.lang === 'ja' ? '' : `/${e.lang}`}/stories/${slug}/`),
      );
    expect(manifest.redirects.map((r) => r.from)).toEqual(expect.arrayContaining(declared));
  });
});

describe('published-urls.json', () => {
  it('lists only URLs that still lead somewhere', () => {
    const recorded = JSON.parse(readFileSync(path.join(ROOT, 'published-urls.json'), 'utf8')) as string[];
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.filter((url) => !existsSync(pageFile(url)))).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, entryPath, readEntries, readPage, type RawEntry } from '../support/dist';
import { htmlPages, servedFile, SITE_ORIGIN } from '../support/site-files';

/**
 * Feeds, sitemap, robots.txt and the head of every page, checked against the content folders read
 * independently: a draft or a story dated in the future must appear nowhere.
 */
beforeAll(assertBuilt);

const now = process.env.SHISHIN_NOW ? new Date(process.env.SHISHIN_NOW) : new Date();
const stories = readEntries('stories');
const isPublished = (e: RawEntry) => e.data.draft !== true && new Date(String(e.data.pubDate)) <= now;
const published = stories.filter(isPublished);
const unpublished = stories.filter((e) => !isPublished(e));
const abs = (p: string) => new URL(p, SITE_ORIGIN).href;
const langPrefix = (lang: string) => (lang === 'ja' ? '' : `/${lang}`);
// An HTML parser takes <link> for a void element, so RSS item links are read with a pattern.
const rssLinks = (p: string) =>
  [...readFileSync(servedFile(p)!, 'utf8').matchAll(/<item>[\s\S]*?<link>([^<]*)<\/link>/g)].map((m) => m[1]!);
const jsonIds = (p: string) =>
  (JSON.parse(readFileSync(servedFile(p)!, 'utf8')) as { items: { id: string }[] }).items.map((i) => i.id);

function citations(e: RawEntry): Set<string> {
  const inline = [...e.body.matchAll(/<Principle\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
  return new Set([...((e.data.principles as string[] | undefined) ?? []), ...inline]);
}

describe('feeds', () => {
  it('has a draft in the sample content, so the checks below mean something', () => {
    expect(unpublished.length).toBeGreaterThan(0);
  });

  for (const lang of ['ja', 'en']) {
    it(`lists exactly the published ${lang} stories in RSS and JSON Feed`, () => {
      const expected = published
        .filter((e) => e.lang === lang)
        .map((e) => abs(entryPath('stories', e)))
        .sort();
      expect(rssLinks(`${langPrefix(lang)}/rss.xml`).sort()).toEqual(expected);
      expect(jsonIds(`${langPrefix(lang)}/feed.json`).sort()).toEqual(expected);
    });
  }

  it('gives each principle a feed of the stories that cite it, in its language', () => {
    for (const p of readEntries('principles')) {
      const expected = published
        .filter((s) => s.lang === p.lang && citations(s).has(p.slug))
        .map((s) => abs(entryPath('stories', s)))
        .sort();
      const base = entryPath('principles', p);
      expect(rssLinks(`${base}rss.xml`).sort(), base).toEqual(expected);
      expect(jsonIds(`${base}feed.json`).sort(), base).toEqual(expected);
    }
  });
});

describe('sitemap and robots.txt', () => {
  const sitemap = readFileSync(servedFile('/sitemap-0.xml')!, 'utf8');

  it('points robots.txt at the sitemap', () => {
    expect(readFileSync(servedFile('/robots.txt')!, 'utf8')).toContain(`Sitemap: ${abs('/sitemap-index.xml')}`);
  });

  it('lists every published story with its translation as an alternate, and no unpublished one', () => {
    for (const s of published) {
      const url = abs(entryPath('stories', s));
      const block = new RegExp(`<url><loc>${url}</loc>(.*?)</url>`).exec(sitemap);
      expect(block, url).not.toBeNull();
      const twin = published.find((o) => o.slug === s.slug && o.lang !== s.lang);
      if (twin) expect(block![1]).toContain(`hreflang="${twin.lang}" href="${abs(entryPath('stories', twin))}"`);
    }
    for (const s of unpublished) expect(sitemap).not.toContain(abs(entryPath('stories', s)));
  });
});

describe('the head of every page', () => {
  // 404 pages have no address of their own; redirect pages (`redirectFrom`) point their canonical at the new page.
  const pages = htmlPages().filter(
    (p) => !/\/404(\.html|\/)$/.test(p) && !readPage(p).querySelector('meta[http-equiv="refresh"]'),
  );

  it('has a canonical URL, Open Graph and Twitter card meta with an image that exists', () => {
    for (const page of pages) {
      const head = readPage(page).querySelector('head')!;
      const meta = (sel: string) => head.querySelector(sel)?.getAttribute('content');
      expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href'), page).toBe(abs(page));
      expect(meta('meta[property="og:title"]'), page).toBeTruthy();
      expect(meta('meta[property="og:url"]'), page).toBe(abs(page));
      expect(meta('meta[name="twitter:card"]'), page).toBe('summary_large_image');
      const image = meta('meta[property="og:image"]')!;
      expect(servedFile(new URL(image).pathname), `${page}: ${image}`).toBeDefined();
    }
  });

  it('links a story to its translation with hreflang both ways, and x-default to the Japanese one', () => {
    for (const s of published) {
      const twin = published.find((o) => o.slug === s.slug && o.lang !== s.lang);
      const links = readPage(entryPath('stories', s)).querySelectorAll('link[rel="alternate"][hreflang]');
      const map = Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
      if (!twin) {
        expect(links, entryPath('stories', s)).toHaveLength(0);
        continue;
      }
      const ja = s.lang === 'ja' ? s : twin;
      expect(map).toEqual({
        [s.lang]: abs(entryPath('stories', s)),
        [twin.lang]: abs(entryPath('stories', twin)),
        'x-default': abs(entryPath('stories', ja)),
      });
    }
  });

  it('describes each story in JSON-LD as a BlogPosting with breadcrumbs, and each author as a Person', () => {
    const ld = (page: string) =>
      readPage(page)
        .querySelectorAll('script[type="application/ld+json"]')
        .flatMap((s) => JSON.parse(s.text) as { '@type': string; headline?: string }[]);
    for (const s of published) {
      const types = ld(entryPath('stories', s));
      expect(types.find((t) => t['@type'] === 'BlogPosting')?.headline).toBe(s.data.title);
      expect(types.map((t) => t['@type'])).toContain('BreadcrumbList');
    }
    expect(ld('/authors/aoi-tanaka/').map((t) => t['@type'])).toContain('Person');
  });

  it('shows a notice on a translation older than its original, and only there', () => {
    const changed = (e: RawEntry) => new Date(String(e.data.updatedDate ?? e.data.pubDate)).getTime();
    for (const s of published) {
      const twin = published.find((o) => o.slug === s.slug && o.lang !== s.lang);
      const original =
        twin &&
        (new Date(String(twin.data.pubDate)) < new Date(String(s.data.pubDate)) ||
          (String(twin.data.pubDate) === String(s.data.pubDate) && twin.lang === 'ja'))
          ? twin
          : undefined;
      const stale = original !== undefined && changed(s) < changed(original);
      const notice = readPage(entryPath('stories', s)).querySelector('[data-stale-translation] a');
      expect(Boolean(notice), entryPath('stories', s)).toBe(stale);
      if (notice) expect(notice.getAttribute('href')).toBe(entryPath('stories', original!));
    }
  });
});

/**
 * What a reader gets from a built site: bytes on disk, a story page's weight, and search in Chromium
 * (Debian's, through the test helpers).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { startServer } from '../../tests/support/server.ts';
import type { PageWeight, SearchMeasure } from './targets.ts';

export async function dirBytes(dir: string): Promise<number | undefined> {
  let total = 0;
  try {
    for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
    }
  } catch {
    return undefined;
  }
  return total;
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** A story page's HTML, and the CSS and JS it loads before the reader does anything, gzipped. */
export async function pageWeight(dist: string, url: string): Promise<PageWeight> {
  const file = (href: string) => path.join(dist, new URL(href, `http://x${url}`).pathname);
  const html = await readFile(path.join(dist, url, 'index.html'), 'utf8');
  const doc = parse(html);
  let cssGzip = 0;
  let jsGzip = 0;
  for (const link of doc.querySelectorAll('link[rel="stylesheet"]'))
    cssGzip += gz(await readFile(file(link.getAttribute('href')!)));
  for (const style of doc.querySelectorAll('style')) cssGzip += gz(style.text);
  for (const script of doc.querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type && !/module|javascript/.test(type)) continue; // JSON-LD and the like are data, not code
    const src = script.getAttribute('src');
    jsGzip += gz(src ? await readFile(file(src)) : script.text);
  }
  for (const link of doc.querySelectorAll('link[rel="modulepreload"]'))
    jsGzip += gz(await readFile(file(link.getAttribute('href')!)));
  return { url, htmlGzip: gz(html), cssGzip, jsGzip };
}

/**
 * What a gzipping host would send for a response. Pagefind writes its index files and its
 * WebAssembly (`wasm.<lang>.pagefind`) gzipped already, and unpacks them itself: a host sends them as
 * they are (gzipping them again saves nothing), so they count at their size on disk.
 */
export function wireBytes(url: string, body: Buffer): number {
  return /\.(?:pf_fragment|pf_index|pf_meta|pf_filter|pagefind)$/.test(new URL(url).pathname) ? body.length : gz(body);
}

/**
 * The bytes of the search's own files (`/pagefind/`: what a query costs, apart from the page it is
 * typed into) among the requests the server received. Counted at the server, not from the browser's
 * responses: the browser also reports a response for a file it read from its cache (e.g. a file a
 * page preloads and Pagefind's worker asks for again), which did not cross the network.
 */
async function searchBytes(dist: string, requests: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const request of requests) {
    const url = new URL(request, 'http://site');
    if (!url.pathname.startsWith('/pagefind/')) continue;
    const body = await readFile(path.join(dist, decodeURIComponent(url.pathname))).catch(() => undefined);
    if (body) bytes += wireBytes(url.href, body);
  }
  return bytes;
}

export interface Queries {
  first: string;
  warm: string;
}

/**
 * The search page's contract (issue 3): `/search/?q=…` runs the query on load and shows result links
 * inside `[data-search-results]`; `[data-search-output]` says `data-search-state="done"` once the
 * answer is drawn. First query: a fresh browser context loads the page; the time runs from
 * navigation to the moment the first result link is in the page (a principle the query names is
 * drawn before Pagefind answers), and, apart, to the moment the whole answer is drawn (its first
 * page of results, Pagefind's included); every byte of Pagefind's files (script, WebAssembly, index
 * chunks, fragments) fetched until then is counted. Warm query: the same page then runs another
 * query. While the page does not exist, says so instead of a number.
 */
export async function measureSearchPage(browser: Browser, dist: string, q: Queries): Promise<SearchMeasure> {
  const page404 = !(await stat(path.join(dist, 'search', 'index.html')).catch(() => undefined));
  if (page404) return { note: 'no /search/ page yet' };
  const server = await startServer(dist);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const results = '[data-search-results] a[href]';
    // The times are taken in the page, when the first result link is added and when the answer is
    // drawn: asking the page for the time after Playwright has noticed would add Playwright's own
    // polling and round trip.
    await page.addInitScript((selector) => {
      const w = window as unknown as { __firstResultMs?: number; __answeredMs?: number };
      new MutationObserver((_, observer) => {
        w.__firstResultMs ??= document.querySelector(selector) ? performance.now() : undefined;
        const state = document.querySelector('[data-search-output]')?.getAttribute('data-search-state');
        if (state === 'done' || state === 'error') {
          w.__answeredMs = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, attributes: true });
    }, results);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(q.first)}`);
    try {
      await page.waitForFunction(() => (window as unknown as { __answeredMs?: number }).__answeredMs !== undefined, {
        timeout: 15_000,
      });
    } catch {
      return { note: `no answer for "${q.first}" in [data-search-output]` };
    }
    if ((await page.locator(results).count()) === 0) return { note: `no result link for "${q.first}"` };
    const { firstMs, answeredMs } = await page.evaluate(() => {
      const w = window as unknown as { __firstResultMs?: number; __answeredMs?: number };
      return { firstMs: w.__firstResultMs ?? w.__answeredMs!, answeredMs: w.__answeredMs! };
    });
    const firstBytes = await searchBytes(dist, server.requests);
    // Warm: a second query in the same page, typed into the search field when there is one.
    const container = '[data-search-results]';
    const before = await page.locator(container).first().innerHTML();
    const input = page.locator('input[type="search"], [role="searchbox"], input[name="q"]').first();
    let warmMs: number | undefined;
    if ((await input.count()) > 0) {
      const t0 = await page.evaluate(() => performance.now());
      await input.fill(q.warm);
      try {
        // Done when the results differ from the first query's and hold a link again.
        await page.waitForFunction(
          ([sel, old]) => {
            const el = document.querySelector(sel!);
            return el !== null && el.innerHTML !== old && el.querySelector('a[href]') !== null;
          },
          [container, before] as const,
          { timeout: 15_000 },
        );
        warmMs = (await page.evaluate(() => performance.now())) - t0;
      } catch {
        warmMs = undefined;
      }
    }
    return { firstMs, answeredMs, firstBytes, warmMs };
  } finally {
    await context.close();
    await server.close();
  }
}

/**
 * The Pagefind engine alone, through its JS API, on any site with `/pagefind/`: the same measure on
 * Shishin and on the baseline. First: import, init and one search with its first five results loaded.
 */
export async function measureSearchApi(browser: Browser, dist: string, q: Queries): Promise<SearchMeasure> {
  if (!(await stat(path.join(dist, 'pagefind', 'pagefind.js')).catch(() => undefined))) {
    return { note: 'no Pagefind index' };
  }
  const server = await startServer(dist);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // A blank page on the site's origin, so that the import is same-origin as on the real site.
    await page.route(`${server.origin}/__bench__`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto(`${server.origin}/__bench__`);
    const search = (query: string) =>
      page.evaluate(async (query) => {
        type Pagefind = { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
        const w = window as unknown as { pf?: Pagefind };
        const t0 = performance.now();
        w.pf ??= (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
        const found = await w.pf.search(query);
        await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
        return { ms: performance.now() - t0, hits: found.results.length };
      }, query);
    const first = await search(q.first);
    const firstBytes = await searchBytes(dist, server.requests);
    const warm = await search(q.warm);
    if (first.hits === 0) return { note: `"${q.first}" found nothing` };
    return { firstMs: first.ms, warmMs: warm.ms, firstBytes };
  } finally {
    await context.close();
    await server.close();
  }
}

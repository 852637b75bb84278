import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { assertBuilt, DIST } from '../support/dist';
import { launchChromium } from '../support/browser';
import { startServer, type StaticServer } from '../support/server';
import { pageText } from '../support/page-text';
import { classTable, scoreQuery, summarize, wronglyPartial, type QueryScore } from '../support/relevance';
import { RELEVANCE_QUERIES } from '../support/search-queries';
import { searchFromBox } from '../support/search-page';

/** The bar from the search issue: below either, a change made search worse for readers. */
const MIN_RECALL_AT_5 = 0.98;
const MIN_RELEVANT_TOP = 0.95;
const MIN_QUERIES = 60;

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  assertBuilt();
  [browser, server] = await Promise.all([launchChromium(), startServer(DIST)]);
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search relevance on the built site, in Chromium', () => {
  it(`has at least ${MIN_QUERIES} queries`, () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(MIN_QUERIES);
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`finds the right pages from the ${lang} search page (recall@5 ≥ ${MIN_RECALL_AT_5}, relevant top ≥ ${MIN_RELEVANT_TOP})`, async () => {
      // One page load, then every query typed into its box, as a reader searching again would.
      await page.goto(`${server.origin}${lang === 'en' ? '/en' : ''}/search/`);
      const scores: QueryScore[] = [];
      for (const query of RELEVANCE_QUERIES) {
        scores.push(scoreQuery(query, await searchFromBox(page, query.q), pageText));
      }
      const summary = summarize(scores);
      const misses = scores
        .filter((s) => s.recall < 1 || !s.relevantTop)
        .map(
          (s) =>
            `  ${s.query.q} [${s.query.cls}] recall ${s.recall.toFixed(2)}, top ${s.results[0] ?? '(none)'}\n    got ${s.results.slice(0, 5).join(' ')}`,
        );
      console.info(
        `Search relevance from /${lang === 'en' ? 'en/' : ''}search/:\n${classTable(scores)}\n${misses.join('\n')}`,
      );
      expect(summary.recallAt5, misses.join('\n')).toBeGreaterThanOrEqual(MIN_RECALL_AT_5);
      expect(summary.relevantTop, misses.join('\n')).toBeGreaterThanOrEqual(MIN_RELEVANT_TOP);
      // Every typed term is on a must-find page: Pagefind has all the words, so "partial" is wrong.
      expect(
        scores.filter(wronglyPartial).map((s) => `${s.query.q} [${s.query.cls}]`),
        'labelled partial although a must-find page holds every typed term',
      ).toEqual([]);
      // A typed term visible in an excerpt is highlighted whole (AI-OCR, not AI alone).
      expect(
        scores.filter((s) => s.unmarked.length > 0).map((s) => `${s.query.q}: ${s.unmarked.join('; ')}`),
        'excerpts that show a typed term without highlighting it whole',
      ).toEqual([]);
    });
  }
});

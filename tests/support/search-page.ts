/**
 * Drives the search page in Chromium: what a reader sees after a search finished.
 */
import type { Page } from 'playwright-core';

/** Waits until the search view has finished (or failed) the query now in its box. */
export async function waitForSearch(page: Page, query: string, timeout = 15_000): Promise<string> {
  await page.waitForFunction(
    (q) => {
      const out = document.querySelector('[data-search-output]');
      const state = out?.getAttribute('data-search-state');
      return out?.getAttribute('data-search-query') === q && (state === 'done' || state === 'error') && state;
    },
    query,
    { timeout },
  );
  return (await page.locator('[data-search-output]').first().getAttribute('data-search-state')) ?? '';
}

/** Opens `/search/?q=…` (or `/en/search/`) and returns the result links, in rank order. */
export async function searchResults(page: Page, origin: string, lang: 'ja' | 'en', query: string): Promise<string[]> {
  const prefix = lang === 'en' ? '/en' : '';
  await page.goto(`${origin}${prefix}/search/?q=${encodeURIComponent(query)}`);
  const state = await waitForSearch(page, query);
  if (state !== 'done') throw new Error(`search for "${query}" ended in state ${state}`);
  return page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** One result as the reader sees it. */
export interface ShownResult {
  href: string;
  /** The excerpt's text. */
  excerpt: string;
  /** The highlighted parts of the excerpt, in order. */
  marks: string[];
  /** Whether the result carries the 部分一致 / Partial match badge. */
  partial: boolean;
}

export interface ShownSearch {
  results: ShownResult[];
  /** Whether the note "no page has all of your words" is shown. */
  partialNote: boolean;
}

/** Types `query` into the search box of the page already open, submits, and reads what is shown. */
export async function searchFromBox(page: Page, query: string): Promise<ShownSearch> {
  await page.fill('[data-search-page] input[name="q"]', query);
  await page.press('[data-search-page] input[name="q"]', 'Enter');
  const state = await waitForSearch(page, query);
  if (state !== 'done') throw new Error(`search for "${query}" ended in state ${state}`);
  const results = await page.$$eval('[data-search-results] > li', (items) =>
    items.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      excerpt: li.querySelector('.search-result__excerpt')?.textContent ?? '',
      marks: [...li.querySelectorAll('.search-result__excerpt mark')].map((m) => m.textContent ?? ''),
      partial: li.querySelector('.search-badge--partial') !== null,
    })),
  );
  const partialNote = await page.locator('[data-search-page] .search-note').first().isVisible();
  return { results, partialNote };
}

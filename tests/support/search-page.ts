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

/** Types `query` into the search box of the page already open, submits, and returns the result links. */
export async function searchFromBox(page: Page, query: string): Promise<string[]> {
  await page.fill('[data-search-page] input[name="q"]', query);
  await page.press('[data-search-page] input[name="q"]', 'Enter');
  const state = await waitForSearch(page, query);
  if (state !== 'done') throw new Error(`search for "${query}" ended in state ${state}`);
  return page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

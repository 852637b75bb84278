import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { searchResults, waitForSearch } from '../support/search-page';

const site = useBuiltSite();

/** A page that records what it fetched and any script error. */
async function openPage(path: string): Promise<{ page: Page; fetched: string[]; errors: string[] }> {
  const page = await site.browser.newPage();
  const fetched: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${site.origin}${path}`);
  return { page, fetched, errors };
}

/** Holds back Pagefind's script until the returned function is called. */
async function holdPagefind(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Waits until the search view has drawn the principles the query names (its `performance.mark`). */
const principlesShown = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('search:principles-shown').length > 0, null, {
    timeout: 10_000,
  });

const activeInDialog = (page: Page) =>
  page.evaluate(() => !!document.activeElement?.closest('dialog[data-search-dialog]'));

describe('the search dialog', () => {
  it('loads nothing for search until it is opened, then opens with ⌘K / Ctrl+K and finds pages', async () => {
    const { page, fetched, errors } = await openPage('/stories/feature-flag-experiments/');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.startsWith('/pagefind/') || /search-(dialog|view)/.test(p))).toEqual([]);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'サイト内検索' });
    await dialog.waitFor();
    const box = dialog.getByRole('searchbox', { name: '検索する言葉' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);

    await box.fill('YAGNI');
    await waitForSearch(page, 'YAGNI');
    const first = dialog.locator('[data-search-results] a').first();
    expect(await first.getAttribute('href')).toBe('/principles/dont-build-unused/');
    expect(fetched).toContain('/pagefind/pagefind.js');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves through results with the arrow keys, keeps focus inside, and returns it on Esc', async () => {
    const { page } = await openPage('/en/');
    const trigger = page.locator('[data-search-open]');
    await trigger.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Search the site' });
    await dialog.waitFor();
    await page.keyboard.type('postmortem');
    await waitForSearch(page, 'postmortem');

    await page.keyboard.press('ArrowDown');
    const links = dialog.locator('[data-search-results] a');
    expect(await links.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await links.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await dialog.getByRole('searchbox').evaluate((el) => el === document.activeElement)).toBe(true);

    // The page behind is inert: tabbing never leaves the dialog.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await activeInDialog(page)).toBe(true);
    }

    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(await trigger.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('opens with / but not while typing in a field', async () => {
    const { page } = await openPage('/search/');
    await page.locator('input[name="q"]').focus();
    await page.keyboard.type('a/b');
    expect(await page.locator('dialog[data-search-dialog]').count()).toBe(0);
    expect(await page.locator('input[name="q"]').inputValue()).toBe('a/b');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await page.getByRole('dialog').waitFor();
    await page.close();
  });
});

describe('the search page', () => {
  it('runs ?q= on load, keeps the query in the URL as the reader types, and shows the count', async () => {
    const { page, errors } = await openPage(`/search/?q=${encodeURIComponent('ＡＩ－ＯＣＲ')}`);
    await waitForSearch(page, 'ＡＩ－ＯＣＲ');
    const results = page.locator('[data-search-results] li');
    const n = await results.count();
    expect(n).toBeGreaterThan(0);
    expect(await page.locator('[data-search-status]').textContent()).toBe(`${n}件見つかりました`);
    expect(await results.first().locator('mark').count()).toBeGreaterThan(0);

    await page.locator('input[name="q"]').fill('仮説検証');
    await waitForSearch(page, '仮説検証');
    expect(new URL(page.url()).searchParams.get('q')).toBe('仮説検証');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows results with a facet and keeps the facet in the URL', async () => {
    const { page } = await openPage('/search/?q=AI-OCR');
    await waitForSearch(page, 'AI-OCR');
    await page.locator('select[name="lang"]').selectOption('en');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'en');
    await waitForSearch(page, 'AI-OCR');
    const hrefs = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h?.startsWith('/en/'))).toBe(true);

    await page.locator('select[name="kind"]').selectOption('retrospective');
    await waitForSearch(page, 'AI-OCR');
    expect(await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/en/stories/postmortem-ocr-queue-outage/',
    ]);
    await page.close();
  });

  it('finds the same pages when the query worker cannot start (prepared on the page instead)', async () => {
    const normal = await site.browser.newPage();
    const normalWorkers: string[] = [];
    normal.on('worker', (w) => normalWorkers.push(w.url()));
    const withWorker = await searchResults(normal, site.origin, 'ja', '仮説検証 AI-OCR');
    // The worker this test blocks is the one the page normally prepares queries in.
    expect(normalWorkers.some((url) => url.includes('query'))).toBe(true);
    await normal.close();
    const page = await site.browser.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    // A strict policy or an old browser: our query worker fails to start; Pagefind's own still may.
    await page.addInitScript(() => {
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          if (String(url).includes('query')) throw new DOMException('blocked by the test', 'SecurityError');
          super(url, options);
        }
      };
    });
    const withoutWorker = await searchResults(page, site.origin, 'ja', '仮説検証 AI-OCR');
    expect(withWorker.length).toBeGreaterThan(0);
    expect(withoutWorker).toEqual(withWorker);
    expect(workers.some((url) => url.includes('query'))).toBe(false);
    await page.close();
  });

  it('labels partial matches 部分一致 / Partial match', async () => {
    for (const [path, label] of [
      ['/search/', '部分一致'],
      ['/en/search/', 'Partial match'],
    ] as const) {
      const { page } = await openPage(`${path}?q=${encodeURIComponent('invoice delay wormhole')}`);
      await waitForSearch(page, 'invoice delay wormhole');
      expect(await page.locator('.search-note').isVisible()).toBe(true);
      expect(await page.locator('[data-search-results] li').first().textContent()).toContain(label);
      await page.close();
    }
  });

  it('finds a hyphenated or slashed term as all words, highlighted whole, on a fresh page (AI-OCR, CI/CD)', async () => {
    // Regression: two one-word checks (`ai`, `ocr`) reached the same page at once, Pagefind handed
    // both the same excerpt object, one check failed, and AI-OCR came back "partial" with `AI` marked.
    for (const [path, query, term] of [
      ['/search/', 'AI-OCR', 'ai-ocr'],
      ['/en/search/', 'AI-OCR', 'ai-ocr'],
      ['/search/', 'ＡＩ－ＯＣＲ', 'ai-ocr'],
      ['/en/search/', 'CI/CD', 'ci/cd'],
    ] as const) {
      const { page, errors } = await openPage(`${path}?q=${encodeURIComponent(query)}`);
      expect(await waitForSearch(page, query)).toBe('done');
      expect(await page.locator('.search-note').isVisible(), `${path}?q=${query}`).toBe(false);
      expect(await page.locator('.search-badge--partial').count(), `${path}?q=${query}`).toBe(0);
      const first = page.locator('[data-search-results] li').first();
      const marks = await first.locator('mark').allTextContents();
      expect(
        marks.map((m) => m.toLowerCase()),
        `${path}?q=${query}`,
      ).toContain(term);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('says so when nothing matches, in each language', async () => {
    expect(await searchResults(await site.browser.newPage(), site.origin, 'ja', 'qqqxzv')).toEqual([]);
    const { page } = await openPage('/en/search/?q=qqqxzv');
    await waitForSearch(page, 'qqqxzv');
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      'No page matches. Try other or shorter words.',
    );
    await page.close();
  });

  it('shows the principles a query names before Pagefind has answered, and keeps them first', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Pagefind's script is held back: until it comes, only the principle names can answer.
    const release = await holdPagefind(page);
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('仮説検証')}`);
    const links = page.locator('[data-search-results] a.search-result__title');
    await principlesShown(page);
    const early = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(early[0]).toBe('/principles/test-hypotheses-fast/');
    expect(early.every((href) => /^(\/en)?\/principles\//.test(href ?? ''))).toBe(true);
    expect(await page.locator('[data-search-output]').getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('[data-search-status]').textContent()).toBe('検索しています…');
    await links.evaluateAll((as) => as.forEach((a) => a.setAttribute('data-drawn-early', '')));

    release();
    expect(await waitForSearch(page, '仮説検証')).toBe('done');
    const all = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(all.slice(0, early.length)).toEqual(early);
    expect(all.length).toBeGreaterThan(early.length);
    expect(new Set(all).size).toBe(all.length);
    // The principles drawn early are the ones still shown, not drawn again.
    expect(await page.locator('[data-drawn-early]').count()).toBe(early.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fetches the principle names once: the search uses the page’s preload of them', async () => {
    const { page, fetched, errors } = await openPage(`/search/?q=${encodeURIComponent('仮説検証')}`);
    expect(await waitForSearch(page, '仮説検証')).toBe('done');
    expect(fetched.filter((p) => p === '/pagefind/principles.json')).toHaveLength(1);
    expect(await page.locator('[data-search-results] a').first().getAttribute('href')).toBe(
      '/principles/test-hypotheses-fast/',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows one page of ten results when principles were drawn first, not ten more after them', async () => {
    const page = await site.browser.newPage();
    const release = await holdPagefind(page);
    // 速く is part of a principle's name (仮説検証は速く、正確に), and in more than ten pages.
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('速く')}`);
    const links = page.locator('[data-search-results] a.search-result__title');
    await principlesShown(page);
    const early = await links.count();
    release();
    expect(await waitForSearch(page, '速く')).toBe('done');
    const found = Number(/\d+/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[0]);
    expect(early).toBeGreaterThan(0);
    expect(found).toBeGreaterThan(10);
    expect(await links.count()).toBe(10);
    await page.close();
  });

  it('shows an error, not a broken box, when the index cannot be loaded', async () => {
    const page = await site.browser.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${site.origin}/search/?q=YAGNI`);
    expect(await waitForSearch(page, 'YAGNI')).toBe('error');
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      '検索を読み込めませんでした。ページを再読み込みしてください。',
    );
    await page.close();
  });
});

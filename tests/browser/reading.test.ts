import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { inEnglish, PAGE_KINDS } from '../support/pages';

/**
 * A reader with only a keyboard, in light and dark, in Japanese and English: skip link, visible
 * focus, the theme toggle (remembered, never a flash of the wrong theme), the copy button, the
 * language switch. Every page loads with no console error and no request leaving the site.
 */
const site = useBuiltSite();

const STORY = '/stories/feature-flag-experiments/';

async function withPage<T>(
  options: Parameters<Browser['newContext']>[0],
  use: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await site.browser.newContext(options);
  try {
    return await use(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

describe('reading with a keyboard', () => {
  it('reaches the skip link first, sees it, and lands in the main content', async () => {
    await withPage({}, async (page) => {
      await page.goto(site.origin + STORY);
      await page.keyboard.press('Tab');
      const skip = page.locator('.skip-link');
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      const box = await skip.boundingBox();
      expect(box && box.y >= 0 && box.height > 0).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    });
  });

  it('shows a visible focus indicator on every control it tabs through', async () => {
    await withPage({}, async (page) => {
      await page.goto(site.origin + STORY);
      const missing: string[] = [];
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return { visible, what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30)}` };
        });
        if (focus && !focus.visible) missing.push(focus.what);
      }
      expect(missing).toEqual([]);
    });
  });

  it('switches to dark with the toggle by keyboard, remembers it, and applies it before the first paint', async () => {
    await withPage({ colorScheme: 'light' }, async (page) => {
      await page.goto(site.origin + STORY);
      const toggle = page.locator('[data-theme-toggle]');
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 27)');

      // On the next page, record the theme at the moment <body> is parsed, before anything is painted.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.body) return;
          (window as unknown as { themeAtBody: string | null }).themeAtBody =
            document.documentElement.getAttribute('data-theme');
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(site.origin + inEnglish(STORY));
      expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe('dark');
      expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
    });
  });

  it('follows the system theme when the reader has not chosen', async () => {
    await withPage({ colorScheme: 'dark' }, async (page) => {
      await page.goto(site.origin + '/');
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).toBe(false);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 27)');
      expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
    });
  });

  it('copies a code block with the keyboard', async () => {
    await withPage({ permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
      await page.goto(site.origin + STORY);
      const button = page.locator('.code-copy').first();
      await button.focus();
      await page.keyboard.press('Enter');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const code = await page.locator('pre.astro-code code').first().textContent();
      expect(copied).toBe(code);
      expect(copied).toContain('assignVariant');
      expect(await page.getByRole('status').textContent()).toBe('コピーしました');
    });
  });
});

describe('printing', () => {
  it('prints a story black on white without the site chrome, even in the dark theme', async () => {
    await withPage({ colorScheme: 'dark' }, async (page) => {
      await page.goto(site.origin + STORY);
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
      expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('article h1').isVisible()).toBe(true);
    });
  });
});

describe('switching language', () => {
  it('goes to the translation of a page that has one', async () => {
    await withPage({}, async (page) => {
      await page.goto(site.origin + STORY);
      await page.locator('.lang-switch').click();
      await page.waitForURL(`**${inEnglish(STORY)}`);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    });
  });

  it("goes to the other language's home with a notice from a page that has none", async () => {
    await withPage({}, async (page) => {
      await page.goto(site.origin + '/404.html');
      expect(await page.locator('.notice--untranslated').count()).toBe(0);
      await page.locator('.lang-switch').click();
      await page.waitForURL('**/en/#untranslated');
      expect(await page.locator('.notice--untranslated').isVisible()).toBe(true);
      // Reached the normal way, the home page shows no such notice.
      await page.goto(site.origin + '/en/');
      expect(await page.locator('.notice--untranslated').isVisible()).toBe(false);
    });
  });
});

describe('every kind of page', () => {
  const paths = Object.values(PAGE_KINDS).flatMap((p) => [p, inEnglish(p)]);

  it('loads with no console error and no request leaving the site', async () => {
    await withPage({}, async (page, context) => {
      const problems: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin === site.origin) return route.continue();
        problems.push(`request to ${url.href}`);
        return route.abort();
      });
      page.on('console', (m) => {
        // The 404 page is served with status 404, which Chromium reports as a failed load.
        if (m.type() === 'error' && !m.text().includes('404')) problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
      for (const path of paths) {
        await page.goto(site.origin + path, { waitUntil: 'load' });
      }
      expect(problems).toEqual([]);
    });
  });
});

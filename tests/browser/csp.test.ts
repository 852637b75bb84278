import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';

/**
 * The Content-Security-Policy as a browser enforces it: the site's own pages run without a single
 * violation (styles, code colours, scripts all allowed), and a script slipped into a page does not run.
 */
const site = useBuiltSite();

/** One page of each kind, in both languages, the story with code blocks among them. */
const PAGES = [
  '/',
  '/en/',
  '/stories/',
  '/stories/feature-flag-experiments/',
  '/en/stories/feature-flag-experiments/',
  '/principles/dont-build-unused/',
  '/authors/aoi-tanaka/',
  '/tags/',
  '/no-such-page/',
];

async function open(path: string): Promise<{ page: Page; violations: string[]; foreign: string[] }> {
  const page = await site.browser.newPage();
  const violations: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(site.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.exposeFunction('__reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportViolation(v: string): void }).__reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`,
      ),
    );
  });
  await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  return { page, violations, foreign };
}

describe('Content-Security-Policy in Chromium', () => {
  it('lets every kind of page load without a CSP violation or a request to another origin', async () => {
    // One page, navigated from path to path: cheaper than a page per path, and the listeners stay.
    const { page, violations, foreign } = await open('/');
    const seen: Record<string, string[]> = {};
    for (const path of PAGES) {
      violations.length = 0;
      foreign.length = 0;
      await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
      // Give late reports (after `load`) a moment to arrive.
      await page.waitForTimeout(50);
      const metas = await page.locator('meta[http-equiv="content-security-policy"]').count();
      const problems = [...violations, ...foreign.map((u) => `request to ${u}`)];
      if (metas !== 1) problems.push(`${metas} CSP <meta> elements`);
      if (problems.length > 0) seen[path] = problems;
    }
    expect(seen).toEqual({});
    await page.close();
  });

  it('keeps Shiki’s colours in code blocks (style attributes are allowed)', async () => {
    const { page } = await open('/stories/feature-flag-experiments/');
    // Blocked style attributes would leave every token in the block's one inherited colour.
    const colours = await page
      .locator('pre.astro-code')
      .first()
      .evaluate((pre) => [...pre.querySelectorAll('span[style]')].map((el) => getComputedStyle(el).color));
    expect(new Set(colours).size).toBeGreaterThan(2);
    await page.close();
  });

  it('does not run a script injected into a page, and reports it', async () => {
    const { page, violations } = await open('/stories/feature-flag-experiments/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.body.append(s);
      const a = document.createElement('img');
      a.setAttribute('src', 'x:');
      a.setAttribute('onerror', 'window.__handler = true;');
      document.body.append(a);
    });
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __handler?: boolean }).__handler)).toBeUndefined();
    expect(violations.some((v) => v.includes('script-src'))).toBe(true);
    await page.close();
  });
});

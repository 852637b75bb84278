import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

describe('a reader in Chromium', () => {
  it('reads a principle, sees the stories that cite it, opens one and switches it to English', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${site.origin}/`);
    await page.getByRole('link', { name: '使われないものを作らない' }).first().click();
    await page.waitForURL('**/principles/dont-build-unused/');
    expect(await page.locator('h1').textContent()).toBe('使われないものを作らない');

    const citing = page.locator('[data-citing-stories] h3 a');
    expect(await citing.count()).toBeGreaterThan(0);
    await citing.first().click();
    await page.waitForURL('**/stories/*/');
    expect(page.url()).toMatch(/\/stories\/[a-z0-9-]+\/$/);

    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await page.waitForURL('**/en/stories/*/');
    expect(page.url()).toMatch(/\/en\/stories\/[a-z0-9-]+\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
  });
});

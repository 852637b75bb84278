import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { inEnglish, PAGE_KINDS } from '../support/pages';

/**
 * axe-core on one page of every kind, in both languages and both colour schemes, in Chromium.
 * WCAG 2.x A and AA rules, plus axe's best practices. The dark scheme is the system's
 * (`prefers-color-scheme`), which is what most readers get; the toggle's own dark theme uses the
 * same colours and is covered by the reading test.
 */
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const site = useBuiltSite();

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

const cases = Object.entries(PAGE_KINDS).flatMap(([kind, path]) => [
  [`${kind} (ja)`, path] as const,
  [`${kind} (en)`, inEnglish(path)] as const,
]);

async function violations(page: Page): Promise<string[]> {
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  )) as AxeResult;
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('accessibility (axe-core)', () => {
  it.each(cases)('%s has no violations in the light or the dark theme', async (_name, path) => {
    const context = await site.browser.newContext({ colorScheme: 'light', bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(site.origin + path);
      await page.addScriptTag({ content: AXE_SOURCE });
      expect(await violations(page), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 27)');
      expect(await violations(page), 'dark').toEqual([]);
    } finally {
      await context.close();
    }
  });
});

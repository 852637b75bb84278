import { readFileSync } from 'node:fs';
import { createHighlighter, type BundledLanguage } from 'shiki';
import githubLight from 'shiki/themes/github-light.mjs';
import minDark from 'shiki/themes/min-dark.mjs';
import { describe, expect, it } from 'vitest';
import { codeThemes, pairedCodeTheme } from '../integrations/markdown';
import { pairThemes, pairedThemeCss } from './code-theme';

/**
 * Shiki stops tokenizing a line after 500 ms and returns the rest as one token; a first call on a busy
 * machine (compiling the grammar) can hit that, and the comparison would then be of two truncations.
 */
const NO_TIME_LIMIT = 0;

const SAMPLES: Record<string, string> = {
  ts: 'export async function load(ids: readonly string[]): Promise<Map<string, number>> {\n  // count them\n  return new Map(ids.map((id, i) => [id, i * 2]));\n}',
  python:
    'def keep(rows, threshold=50):\n    """Docstring."""\n    return [r for r in rows if r["c"] >= threshold / 100]',
  sql: "SELECT id, COUNT(*) AS n FROM invoices WHERE created_at >= CURRENT_DATE - INTERVAL '7 days' GROUP BY id;",
  yaml: 'alerts:\n  - name: latency\n    for: 10m # comment\n    enabled: true',
  bash: '#!/usr/bin/env bash\nset -euo pipefail\nkubectl rollout status "deploy/$NAME" --timeout=60s',
  diff: '--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new',
  md: '# Title\n\n*italic* **bold** [link](https://example.com) `code`',
  regex: 'const re = /^(?:a|b)+\\d{2,}$/gi;',
};

describe('pairThemes', () => {
  // The site's own themes (src/integrations/markdown.ts).
  const { light, dark } = codeThemes;
  const paired = pairThemes(light, dark)!;

  it(
    'gives every token the colours Shiki gives it in two-theme mode, tokenizing once',
    { timeout: 60_000 },
    async () => {
      const h = await createHighlighter({
        themes: [light, dark, paired.theme],
        langs: ['ts', 'python', 'sql', 'yaml', 'bash', 'diff', 'md'],
      });
      const vars = new Map(paired.colors.map((c) => [`var(${c.name})`, c]));
      for (const [name, code] of Object.entries(SAMPLES)) {
        const lang = (name === 'regex' ? 'ts' : name) as BundledLanguage;
        const perChar = (tokens: { content: string; light?: string; dark?: string; style: number }[][]) =>
          tokens.flatMap((line) => line.flatMap((t) => [...t.content].map(() => `${t.light}|${t.dark}|${t.style}`)));
        const twoThemes = h
          .codeToTokensWithThemes(code, {
            lang,
            themes: { light, dark },
            tokenizeTimeLimit: NO_TIME_LIMIT,
          })
          .map((line) =>
            line.map((t) => ({
              content: t.content,
              light: t.variants.light!.color?.toLowerCase(),
              dark: t.variants.dark!.color?.toLowerCase(),
              style: t.variants.light!.fontStyle ?? 0,
            })),
          );
        const once = h
          .codeToTokens(code, { lang, theme: paired.theme, tokenizeTimeLimit: NO_TIME_LIMIT })
          .tokens.map((line) =>
            line.map((t) => ({
              content: t.content,
              light: vars.get(t.color!)?.light.toLowerCase(),
              dark: vars.get(t.color!)?.dark.toLowerCase(),
              style: t.fontStyle ?? 0,
            })),
          );
        expect(perChar(once), name).toEqual(perChar(twoThemes));
      }
    },
  );

  it('declines themes whose rules differ, so the caller falls back to two-theme mode', () => {
    expect(pairThemes(githubLight, minDark)).toBeUndefined();
  });

  it('is what the site uses, and src/styles/code.css sets each variable for both colour schemes', () => {
    expect(pairedCodeTheme).toBeDefined();
    const css = readFileSync(new URL('../styles/code.css', import.meta.url), 'utf8');
    const expected = pairedThemeCss(pairThemes(codeThemes.light, codeThemes.dark)!.colors);
    expect(css.includes(expected), `src/styles/code.css must contain this block:\n\n${expected}\n`).toBe(true);
  });
});

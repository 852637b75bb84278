import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { markdownConfig } from './markdown';

/** The code-block features authors rely on, rendered by Shiki with the site's own configuration. */
const config = markdownConfig.shikiConfig;
const theming =
  'theme' in config ? { theme: config.theme } : { themes: config.themes, defaultColor: config.defaultColor };
const render = (code: string, meta = '') =>
  codeToHtml(code, { lang: 'ts', ...theming, transformers: config.transformers, meta: { __raw: meta } });

describe('code blocks', () => {
  it('puts a titled block in a figure with the file name as its caption', async () => {
    const html = await render('const a = 1;', 'title="src/flags.ts"');
    expect(html).toMatch(
      /^<figure class="code-block"><figcaption class="code-block__title">src\/flags\.ts<\/figcaption><pre/,
    );
    expect(await render('const a = 1;')).toMatch(/^<pre/);
  });

  it('highlights lines named in the meta or marked in the code', async () => {
    const html = await render('a();\nb();\nc(); // [!code highlight]', '{1}');
    const lines = html.match(/<span class="line[^"]*"/g)!;
    expect(lines).toEqual(['<span class="line highlighted"', '<span class="line"', '<span class="line highlighted"']);
    expect(html).not.toContain('[!code');
  });

  it('marks added and removed lines', async () => {
    const html = await render('old(); // [!code --]\nnew(); // [!code ++]');
    expect(html).toContain('<span class="line diff remove"');
    expect(html).toContain('<span class="line diff add"');
  });

  it('writes colours as CSS variables, so CSS can switch between the light and the dark theme', async () => {
    const html = await render('const a = 1;');
    expect(html).toMatch(/<pre class="[^"]*"[^>]*style="[^"]*background-color:var\(--code-\d+\)/);
    expect(html).toMatch(/<span style="color:var\(--code-\d+\)">const<\/span>/);
    expect(html).not.toMatch(/#[0-9a-f]{6}/i); // no colour of one theme only
  });
});

import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { externalLinksPlugin } from './external-links';

const plugin = externalLinksPlugin('https://shishin.example.com');

describe('externalLinksPlugin', () => {
  it('adds rel="noopener noreferrer" to Markdown links to other sites only', async () => {
    const { html } = await markdownToHtml(
      '[out](https://github.com/x) [in](/stories/a/) [self](https://shishin.example.com/x/)',
      { hastPlugins: [plugin] },
    );
    expect(html).toContain('<a href="https://github.com/x" rel="noopener noreferrer">out</a>');
    expect(html).toContain('<a href="/stories/a/">in</a>');
    expect(html).toContain('<a href="https://shishin.example.com/x/">self</a>');
  });

  it('does the same for JSX links in MDX', async () => {
    const { code } = await mdxToJs('Go <a href="https://example.org/">there</a>.', { hastPlugins: [plugin] });
    expect(code).toMatch(/rel: ?"noopener noreferrer"|rel=\{?"noopener noreferrer"/);
  });
});

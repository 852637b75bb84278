import { describe, expect, it } from 'vitest';
import { checkContent } from '../check';
import { loadFixture } from '../fixtures';
import { rawHtmlRule } from './raw-html';
import { parseDoc } from '../document';

const context = (text: string) => {
  const doc = parseDoc({ path: 'content/stories/ja/a.mdx', text });
  return {
    docs: [doc],
    now: new Date(0),
    exists: () => true,
    valid: new Map(),
    crossCheck: new Map(),
    storiesPerPage: 12,
  };
};

const STORY = '---\ntitle: a\n---\n\nText.\n\n';

describe('raw-html', () => {
  it('lets through a <script src> and an <iframe src> that the site config names, and nothing else', () => {
    const allow = { script: ['https://cdn.example/x.js'], iframe: ['https://video.example/embed/'] };
    const rule = rawHtmlRule(allow);
    const body = [
      '<script src="https://cdn.example/x.js"></script>',
      '<iframe src="https://video.example/embed/42" title="v"></iframe>',
      '<script src="https://cdn.example/y.js"></script>',
      '<iframe src="https://video.example/other" title="v"></iframe>',
    ].join('\n\n');
    const found = rule.run(context(STORY + body)).map((p) => [p.line, p.message.en]);
    expect(found).toEqual([
      [11, '<script src="https://cdn.example/y.js"> loads a script that the site config does not allow.'],
      [13, '<iframe src="https://video.example/other"> embeds a page that the site config does not allow.'],
    ]);
  });

  it('reads the allow-list of src/config.ts by default, which allows nothing', () => {
    expect(rawHtmlRule().run(context(`${STORY}<script src="https://cdn.example/x.js"></script>\n`))).toHaveLength(1);
  });

  it('counts lines from the top of the file, frontmatter included, and ignores code blocks', () => {
    const text = `${STORY}\`\`\`html\n<script>x()</script>\n\`\`\`\n\n<img src="/a.png" alt="" onerror="x()" />\n`;
    expect(
      rawHtmlRule()
        .run(context(text))
        .map((p) => `${p.file}:${p.line}:${p.column}`),
    ).toEqual(['content/stories/ja/a.mdx:11:1']);
  });

  it('is part of npm run check', () => {
    const problems = checkContent({ ...loadFixture('raw-html-script'), now: new Date(0), storiesPerPage: 12 });
    expect(problems.map((p) => p.rule)).toContain('raw-html');
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithContent } from '../support/fixture-site';

/** Replaces `from` with `to` in a content file and returns the 1-based line of the change. */
function edit(contentDir: string, file: string, from: string | RegExp, to: string): number {
  const full = path.join(contentDir, file);
  const text = readFileSync(full, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture: "${String(from)}" not found in ${file}`);
  writeFileSync(full, next);
  const at = text.search(from);
  return text.slice(0, at).split('\n').length;
}

const ENGLISH = { LC_ALL: 'en_US.UTF-8' };
const JAPANESE = { LC_ALL: 'ja_JP.UTF-8' };

describe('a build that meets a content mistake', () => {
  it('fails on an unknown principle, naming every bad file and line and the nearest ids', () => {
    const lines: number[] = [];
    const result = buildWithContent((content) => {
      lines.push(
        edit(content, 'stories/en/joining-to-not-build.mdx', /^(\s+- )dont-build-unused$/m, '$1dont-build-unusd'),
      );
      lines.push(
        edit(
          content,
          'stories/ja/why-we-write-it-down.mdx',
          /<Principle id="write-it-down"/,
          '<Principle id="write-it-dwn"',
        ),
      );
    }, ENGLISH);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('The content has 2 errors (listed above); fix them and build again.');
    expect(result.output).toContain(
      `content/stories/en/joining-to-not-build.mdx:${lines[0]}:5  principles cites "dont-build-unusd", which is not a principle.  (Did you mean "dont-build-unused"?)`,
    );
    expect(result.output).toContain(
      `content/stories/ja/why-we-write-it-down.mdx:${lines[1]}:1  <Principle id> cites "write-it-dwn", which is not a principle.  (Did you mean "write-it-down"?)`,
    );
  });

  it('fails on a wrong frontmatter value, in Japanese for a Japanese locale, naming the file, line and fix', () => {
    const result = buildWithContent((content) => {
      edit(content, 'stories/ja/joining-to-not-build.mdx', /^kind: onboarding$/m, 'kind: onbording');
    }, JAPANESE);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /content\/stories\/ja\/joining-to-not-build\.mdx:\d+:7 {2}「kind」に「onbording」は使えません。 {2}\(もしかして「onboarding」？\)/,
    );
    expect(result.output).toContain('コンテンツに 1 件のエラーがあります');
  });

  it('fails on a <script> in a story, naming the file, line and fix, without a stack trace', () => {
    const result = buildWithContent((content) => {
      edit(
        content,
        'stories/en/joining-to-not-build.mdx',
        /\n---\n/,
        '\n---\n\n<script>alert(document.cookie)</script>\n',
      );
    }, ENGLISH);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /content\/stories\/en\/joining-to-not-build\.mdx:\d+:1 {2}An inline <script> would run in the reader’s browser; content may not carry code\. {2}\(remove it/,
    );
    expect(result.output).toContain('The content has 1 error (listed above); fix them and build again.');
    expect(result.output).not.toMatch(/^\s+at /m);
  });

  it('reports each story it leaves out, and why', () => {
    const result = buildWithContent(() => {}, { ...ENGLISH, SHISHIN_NOW: '2025-08-01' });
    expect(result.status).toBe(0);
    expect(result.output).toContain('not published (draft): content/stories/ja/llm-eval-harness-wip.mdx');
    expect(result.output).toContain('not published (scheduled): content/stories/ja/feature-flag-experiments.mdx');
  });
});

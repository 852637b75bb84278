import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithContent } from '../support/fixture-site';

function edit(contentDir: string, file: string, from: string | RegExp, to: string) {
  const full = path.join(contentDir, file);
  const text = readFileSync(full, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture: "${String(from)}" not found in ${file}`);
  writeFileSync(full, next);
}

describe('a build that meets a content mistake', () => {
  it('fails on an unknown principle, naming every bad file and line and the nearest ids', () => {
    const result = buildWithContent((content) => {
      edit(content, 'stories/en/joining-to-not-build.mdx', /^(\s+- )dont-build-unused$/m, '$1dont-build-unusd');
      edit(
        content,
        'stories/ja/why-we-write-it-down.mdx',
        /<Principle id="write-it-down"/,
        '<Principle id="write-it-dwn"',
      );
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Shishin found 2 problems in the content');
    expect(result.output).toMatch(
      /content\/stories\/en\/joining-to-not-build\.mdx:\d+:\d+ {2}principles cites "dont-build-unusd", which is not a principle\. {2}\(Did you mean "dont-build-unused"\?\)/,
    );
    expect(result.output).toMatch(
      /content\/stories\/ja\/why-we-write-it-down\.mdx:\d+:1 {2}<Principle id> cites "write-it-dwn", which is not a principle\. {2}\(Did you mean "write-it-down"\?\)/,
    );
  });

  it('fails on a wrong frontmatter type, naming the file, the field and what is expected', () => {
    const result = buildWithContent((content) => {
      edit(content, 'stories/ja/joining-to-not-build.mdx', /^kind: onboarding$/m, 'kind: onbording');
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('stories/ja/joining-to-not-build.mdx');
    expect(result.output).toContain('kind must be one of onboarding, essay, practice, retrospective, not "onbording"');
  });

  it('reports each story it leaves out, and why', () => {
    const result = buildWithContent(() => {}, { SHISHIN_NOW: '2025-08-01' });
    expect(result.status).toBe(0);
    expect(result.output).toContain('not published (draft): content/stories/ja/llm-eval-harness-wip.mdx');
    expect(result.output).toContain('not published (scheduled): content/stories/ja/feature-flag-experiments.mdx');
  });
});

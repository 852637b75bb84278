import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { authorSchema } from '../schemas/author';
import { principleSchema } from '../schemas/principle';
import { storySchema } from '../schemas/story';
import { checkContent } from './check';
import { scaffold, slugProblem, suggestPrinciples, translationTwin } from './scaffold';

const today = new Date('2026-11-28T00:00:00Z');
const front = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as unknown;

describe('npm run new', () => {
  it('writes an onboarding story whose frontmatter passes the schema, dated today, by the author, as a draft', () => {
    const s = scaffold({
      kind: 'onboarding',
      lang: 'ja',
      slug: 'my-first-month',
      title: '入社して 1 か月',
      author: 'aoi',
      principles: ['dont-build-unused'],
      today,
    });
    expect(s.path).toBe('content/stories/ja/my-first-month.mdx');
    expect(s.url).toBe('/stories/my-first-month/');
    const data = storySchema.parse(front(s.text));
    expect(data).toMatchObject({
      kind: 'onboarding',
      authors: ['aoi'],
      principles: ['dont-build-unused'],
      draft: true,
    });
    expect(data.pubDate.toISOString().slice(0, 10)).toBe('2026-11-28');
  });

  it('writes principles and authors that pass their schemas', () => {
    expect(() =>
      principleSchema.parse(
        front(scaffold({ kind: 'principle', lang: 'en', slug: 'be-kind', title: 'Be kind', today }).text),
      ),
    ).not.toThrow();
    const author = scaffold({ kind: 'author', lang: 'ja', slug: 'ken', title: '石井 健太', today });
    expect(author.path).toBe('content/authors/ken.yaml');
    expect(authorSchema.parse(parse(author.text))).toMatchObject({ name: '石井 健太', joined: '2026-11' });
  });

  it('writes a story the checker passes with only the draft notice', () => {
    const s = scaffold({ kind: 'story', lang: 'en', slug: 'hello', title: 'Hello', author: 'aoi', today });
    const files = [s, { path: 'content/authors/aoi.yaml', text: 'name: A\nrole: SRE\njoined: "2024-04"\nbio: Hi.\n' }];
    const problems = checkContent({ files, now: today, exists: () => false, storiesPerPage: 12 });
    expect(problems.map((p) => [p.severity, p.rule])).toEqual([['notice', 'publication']]);
  });

  it('refuses slugs that are not ids', () => {
    expect(slugProblem('my-first-month')).toBeUndefined();
    expect(slugProblem('My First Month')?.ja).toContain('使えません');
    expect(slugProblem('')).toBeDefined();
  });

  it('makes the translation twin in the other language folder, keeping the text to translate', () => {
    const twin = translationTwin('content/stories/ja/a.mdx', '---\ntitle: こんにちは\n---\n本文');
    expect(twin).toMatchObject({ path: 'content/stories/en/a.mdx', url: '/en/stories/a/' });
    expect('text' in twin && twin.text).toContain('title: こんにちは');
    expect(translationTwin('content/authors/a.yaml', '')).toHaveProperty('error');
  });

  it('offers active principles whose words appear in the title first, and never retired ones', () => {
    const ps = [
      { id: 'a', title: 'Write it down', aliases: ['docs'], retired: false },
      { id: 'b', title: 'Move fast', aliases: [], retired: true },
      { id: 'c', title: 'Measure', aliases: ['metrics'], retired: false },
    ];
    expect(suggestPrinciples('Our metrics dashboard', ps).map((p) => p.id)).toEqual(['c', 'a']);
  });
});

import { describe, expect, it } from 'vitest';
import { storySchema } from '../../src/schemas/story';
import { authorSchema } from '../../src/schemas/author';
import { parse } from 'yaml';
import { EN, JA } from './banks.ts';
import { EN_WORDS, JA_CHARS, fill, generateCorpus, measure, planStories, rng } from './corpus.ts';

const PRINCIPLES = ['dont-build-unused', 'write-it-down', 'blameless-retros', 'move-fast'];
const corpus = generateCorpus({ stories: 100, seed: 7, principles: PRINCIPLES });
const stories = corpus.filter((f) => f.path.startsWith('stories/'));

function split(text: string): { data: Record<string, unknown>; body: string } {
  const [, fm, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { data: parse(fm!) as Record<string, unknown>, body: body! };
}

describe('generateCorpus', () => {
  it('is deterministic for a seed and differs for another seed', () => {
    expect(generateCorpus({ stories: 100, seed: 7, principles: PRINCIPLES })).toEqual(corpus);
    expect(generateCorpus({ stories: 100, seed: 8, principles: PRINCIPLES })).not.toEqual(corpus);
  });

  it('keeps the first stories the same when N grows', () => {
    const bigger = generateCorpus({ stories: 150, seed: 7, principles: PRINCIPLES });
    const first = stories.filter((f) => f.path.includes('bench-0001'))[0]!;
    expect(bigger.find((f) => f.path === first.path)?.text).toBe(first.text);
  });

  it('writes N stories, 60 % in Japanese, some of the English ones translations', () => {
    expect(stories).toHaveLength(100);
    expect(stories.filter((f) => f.path.startsWith('stories/ja/'))).toHaveLength(60);
    const jaSlugs = new Set(stories.filter((f) => f.path.includes('/ja/')).map((f) => f.path.split('/').pop()));
    const pairs = stories.filter((f) => f.path.includes('/en/') && jaSlugs.has(f.path.split('/').pop()));
    expect(pairs.length).toBeGreaterThan(3);
    expect(new Set(stories.map((f) => f.path)).size).toBe(100);
  });

  it('writes frontmatter the site accepts, citing only known principles and authors', () => {
    const authorIds = new Set(
      corpus.filter((f) => f.path.startsWith('authors/')).map((f) => f.path.replace(/^authors\/|\.yaml$/g, '')),
    );
    for (const f of corpus.filter((c) => c.path.startsWith('authors/'))) authorSchema.parse(parse(f.text));
    for (const f of stories) {
      const data = storySchema.parse(split(f.text).data);
      expect(data.principles.length).toBeGreaterThanOrEqual(1);
      expect(data.principles.length).toBeLessThanOrEqual(3);
      for (const p of data.principles) expect(PRINCIPLES).toContain(p);
      for (const a of data.authors) expect(authorIds).toContain(a);
      expect(data.tags.length).toBeGreaterThanOrEqual(2);
      expect(data.pubDate.getTime()).toBeLessThan(Date.UTC(2026, 6, 1));
    }
  });

  it('writes bodies of realistic length with headings, lists and 2–3 code blocks', () => {
    for (const f of stories) {
      const lang = f.path.includes('/ja/') ? 'ja' : 'en';
      const { body } = split(f.text);
      const size = measure(lang, body.replace(/```[\s\S]*?```/g, ''));
      const range = lang === 'ja' ? JA_CHARS : EN_WORDS;
      expect(size).toBeGreaterThanOrEqual(range.min);
      expect(size).toBeLessThanOrEqual(range.max * 1.3); // the last paragraph may overshoot the target
      expect(body).toMatch(/^## /m);
      expect(body).toMatch(/^- /m);
      const fences = body.match(/^```/gm)?.length ?? 0;
      expect(fences / 2).toBeGreaterThanOrEqual(2);
      expect(fences / 2).toBeLessThanOrEqual(3);
    }
  });
});

describe('planStories', () => {
  it('gives the exact Japanese share at any N', () => {
    for (const n of [1, 7, 100, 1001]) {
      expect(planStories(n, 1).filter((p) => p.lang === 'ja')).toHaveLength(Math.round(n * 0.6));
    }
  });
});

describe('fill', () => {
  it('fills every slot of every template in both banks with a word from its list', () => {
    for (const bank of [JA, EN]) {
      for (const template of [...bank.sentences, ...bank.titles, ...bank.descriptions, ...bank.listItems]) {
        const text = fill(rng(1), bank, template);
        expect(text).not.toMatch(/[{}]/);
        // Each slot gets a word from its list, not its own name.
        if (/\{/.test(template)) expect(text).not.toBe(template.replace(/\{(\w+)\}/g, '$1'));
      }
    }
  });

  it('refuses a slot it has no words for', () => {
    expect(() => fill(rng(1), JA, '{colour}')).toThrow(/\{colour\}/);
  });
});

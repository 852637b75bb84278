/**
 * The benchmark's corpus: N stories that look like the ones people write (60 % Japanese, 40 %
 * English; 3,000–6,000 Japanese characters or 800–1,500 English words; headings, lists, 2–3 code
 * blocks, 1–3 cited principles, authors, tags), generated from a seed so that every run and both sites
 * build the same text. Pure: it returns files, the runner writes them.
 */
import { CODE, CODE_NAMES, EN, JA, TAGS } from './banks.ts';

export const JA_SHARE = 0.6;
export const JA_CHARS = { min: 3000, max: 6000 } as const;
export const EN_WORDS = { min: 800, max: 1500 } as const;
/** Share of English stories that translate a Japanese one (same slug), so pages get `hreflang` pairs. */
export const TRANSLATED_SHARE = 0.25;
export const AUTHOR_COUNT = 40;
/** Stories are dated between these days, all in the past of `BENCH_NOW`. */
const FIRST_DAY = Date.UTC(2016, 0, 1);
const LAST_DAY = Date.UTC(2026, 5, 30);
/** The build's "now" for the benchmark (`SHISHIN_NOW`), so that no generated story is scheduled. */
export const BENCH_NOW = '2026-07-01';

export interface CorpusFile {
  /** Path relative to the content folder, e.g. `stories/ja/bench-00012.mdx`. */
  path: string;
  text: string;
}

export interface CorpusOptions {
  stories: number;
  seed: number;
  /** Principle ids that stories may cite (those in content/principles/). */
  principles: readonly string[];
}

/** mulberry32: a small, well-known seeded PRNG; plenty for picking words. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const between = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

function pickSome<T>(r: Rand, list: readonly T[], n: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0]!);
  return out;
}

type Bank = typeof JA | typeof EN;

/** Template slots (`{team}`) and the word list that fills each. */
const SLOTS = {
  team: 'teams',
  tool: 'tools',
  activity: 'activities',
  period: 'periods',
  feeling: 'feelings',
  people: 'people',
} as const;

export function fill(r: Rand, bank: Bank, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const list = SLOTS[slot as keyof typeof SLOTS];
    if (!list) throw new Error(`Template slot {${slot}} has no word list: "${template}"`);
    return pick(r, bank[list]);
  });
}

/** Length as the site counts it: characters for Japanese, words for English. */
export function measure(lang: 'ja' | 'en', text: string): number {
  if (lang === 'en') return text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
  return (text.match(/[\u3040-\u30ff\u3400-\u9fff]/g) ?? []).length;
}

const yamlString = (s: string) => JSON.stringify(s);

export interface StoryPlan {
  lang: 'ja' | 'en';
  slug: string;
  target: number;
}

function body(r: Rand, lang: 'ja' | 'en', target: number, principles: readonly string[]): string {
  const bank = lang === 'ja' ? JA : EN;
  const blocks: string[] = [];
  const codeCount = between(r, 2, 3);
  let length = 0;
  let codes = 0;
  let section = 0;
  const headings = pickSome(r, bank.headings, bank.headings.length);
  // Half the stories also cite a principle inline, as authors do.
  if (r() < 0.5) blocks.push(`<Principle id="${pick(r, principles)}" />`);
  while (length < target) {
    const heading = headings[section % headings.length]!;
    blocks.push(`## ${heading}${section >= headings.length ? ` ${section}` : ''}`);
    section++;
    for (let p = between(r, 2, 3); p > 0 && length < target; p--) {
      const sentences: string[] = [];
      for (let s = between(r, 3, 5); s > 0; s--) sentences.push(fill(r, bank, pick(r, bank.sentences)));
      const paragraph = sentences.join(lang === 'ja' ? '' : ' ');
      length += measure(lang, paragraph);
      blocks.push(paragraph);
    }
    if (section % 2 === 0) {
      const items = pickSome(r, bank.listItems, between(r, 3, 5)).map((i) => `- ${fill(r, bank, i)}`);
      length += measure(lang, items.join('\n'));
      blocks.push(items.join('\n'));
    }
    if (section % 3 === 1 && codes < codeCount) {
      const code = pick(r, CODE);
      const text = code.text.replaceAll('{name}', pick(r, CODE_NAMES)).replaceAll('{n}', String(between(r, 2, 500)));
      blocks.push(`### ${lang === 'ja' ? '例' : 'Example'}\n\n\`\`\`${code.lang}\n${text}\n\`\`\``);
      codes++;
    }
  }
  while (codes < codeCount) {
    const code = pick(r, CODE);
    blocks.push(
      `\`\`\`${code.lang}\n${code.text.replaceAll('{name}', pick(r, CODE_NAMES)).replaceAll('{n}', '7')}\n\`\`\``,
    );
    codes++;
  }
  return blocks.join('\n\n');
}

function authorFile(i: number): CorpusFile {
  const id = `bench-author-${String(i + 1).padStart(2, '0')}`;
  const ja = JA.names[i % JA.names.length]!;
  const en = EN.names[i % EN.names.length]!;
  const role = JA.roles[i % JA.roles.length]!;
  const text = [
    `name: ${ja}${i >= JA.names.length ? ` ${i}` : ''}`,
    `name_en: ${en}${i >= EN.names.length ? ` ${i}` : ''}`,
    `role: ${role}`,
    `joined: "${2016 + (i % 10)}-${String((i % 12) + 1).padStart(2, '0')}"`,
    `bio: ${role}。ベンチマーク用に生成された著者です。`,
    'links: []',
    '',
  ].join('\n');
  return { path: `authors/${id}.yaml`, text };
}

export const authorId = (i: number) => `bench-author-${String(i + 1).padStart(2, '0')}`;

/** Which language each story is in, its slug, and its length; translations reuse a Japanese slug. */
export function planStories(count: number, seed: number): StoryPlan[] {
  const r = rng(seed);
  const plans: StoryPlan[] = [];
  const untranslated: string[] = [];
  const jaCount = Math.round(count * JA_SHARE);
  // Spread the languages evenly rather than by coin toss, so the share is exact at any N.
  for (let i = 0; i < count; i++) {
    const lang = Math.floor(((i + 1) * jaCount) / count) > Math.floor((i * jaCount) / count) ? 'ja' : 'en';
    let slug = `bench-${String(i + 1).padStart(5, '0')}`;
    if (lang === 'ja') untranslated.push(slug);
    else if (untranslated.length > 0 && r() < TRANSLATED_SHARE) {
      slug = untranslated.splice(Math.floor(r() * untranslated.length), 1)[0]!;
    }
    const target = lang === 'ja' ? between(r, JA_CHARS.min, JA_CHARS.max) : between(r, EN_WORDS.min, EN_WORDS.max);
    plans.push({ lang, slug, target });
  }
  return plans;
}

const KINDS = ['onboarding', 'onboarding', 'essay', 'practice', 'practice', 'retrospective'] as const;

export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  if (options.principles.length === 0) throw new Error('generateCorpus needs at least one principle id.');
  const files: CorpusFile[] = [];
  for (let i = 0; i < AUTHOR_COUNT; i++) files.push(authorFile(i));
  planStories(options.stories, options.seed).forEach((plan, i) => {
    // One generator per story: changing N does not change the stories that were already there.
    const r = rng(options.seed * 1_000_003 + i);
    const bank = plan.lang === 'ja' ? JA : EN;
    const day = new Date(FIRST_DAY + Math.floor(r() * ((LAST_DAY - FIRST_DAY) / 86_400_000)) * 86_400_000);
    const cited = pickSome(r, options.principles, between(r, 1, 3));
    const authors = pickSome(
      r,
      Array.from({ length: AUTHOR_COUNT }, (_, a) => authorId(a)),
      r() < 0.85 ? 1 : 2,
    );
    const tags = pickSome(r, TAGS, between(r, 2, 5));
    const frontmatter = [
      '---',
      `title: ${yamlString(fill(r, bank, pick(r, bank.titles)))}`,
      `description: ${yamlString(fill(r, bank, pick(r, bank.descriptions)))}`,
      `pubDate: ${day.toISOString().slice(0, 10)}`,
      `kind: ${pick(r, KINDS)}`,
      `authors: [${authors.join(', ')}]`,
      `principles: [${cited.join(', ')}]`,
      `tags: [${tags.join(', ')}]`,
      '---',
    ].join('\n');
    files.push({
      path: `stories/${plan.lang}/${plan.slug}.mdx`,
      text: `${frontmatter}\n\n${body(r, plan.lang, plan.target, cited)}\n`,
    });
  });
  return files;
}

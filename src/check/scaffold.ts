import { stringify } from 'yaml';
import { isoDay } from '../lib/dates';
import { otherLang, type Lang } from '../lib/i18n';
import { urls } from '../lib/urls';
import { ID_PATTERN } from '../schemas/ids';

/**
 * What `npm run new` writes: a new entry's path, text and the page to open in `npm run dev`. Pure,
 * so the frontmatter it writes is tested against the schemas.
 */
export const NEW_KINDS = ['story', 'onboarding', 'principle', 'author'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

export interface NewEntry {
  kind: NewKind;
  lang: Lang;
  slug: string;
  title: string;
  /** Author id, for stories. */
  author?: string;
  principles?: readonly string[];
  today: Date;
}

export interface Scaffold {
  path: string;
  text: string;
  /** Site path to open in `npm run dev`. */
  url: string;
}

/** Why a slug cannot be used, in both languages; undefined when it can. */
export function slugProblem(slug: string): { ja: string; en: string } | undefined {
  if (ID_PATTERN.test(slug)) return undefined;
  return {
    ja: `「${slug}」は使えません。小文字の英数字をハイフンでつないでください（例: my-first-month）`,
    en: `"${slug}" cannot be used: write lowercase letters and digits joined by hyphens, such as my-first-month`,
  };
}

const fm = (data: Record<string, unknown>) => `---\n${stringify(data, { lineWidth: 0 })}---\n`;

const BODY: Record<Lang, Record<'story' | 'principle', string>> = {
  ja: {
    story:
      '\n## はじめに\n\nここに本文を書きます。指針を引用するには `<Principle id="dont-build-unused" />` のように書きます。\n',
    principle: '\n## この指針について\n\nなぜこの指針があるのか、どんなときに立ち返るのかを書きます。\n',
  },
  en: {
    story:
      '\n## Introduction\n\nWrite the story here. To cite a principle, write `<Principle id="dont-build-unused" />`.\n',
    principle: '\n## About this principle\n\nWhy it exists, and when we come back to it.\n',
  },
};

export function scaffold(e: NewEntry): Scaffold {
  const day = isoDay(e.today);
  if (e.kind === 'author') {
    const text = stringify(
      {
        name: e.title,
        role: e.lang === 'ja' ? '（仕事）' : '(role)',
        joined: day.slice(0, 7),
        bio: e.lang === 'ja' ? '（自己紹介）' : '(bio)',
        links: [],
      },
      { lineWidth: 0, defaultStringType: 'PLAIN' },
    ).replace(/^joined: (\d{4}-\d{2})$/m, 'joined: "$1"');
    return { path: `content/authors/${e.slug}.yaml`, text, url: urls.author(e.lang, e.slug) };
  }
  if (e.kind === 'principle') {
    const text =
      fm({ title: e.title, summary: e.lang === 'ja' ? '（この指針を 1 文で）' : '(the principle in one sentence)' }) +
      BODY[e.lang].principle;
    return { path: `content/principles/${e.lang}/${e.slug}.mdx`, text, url: urls.principle(e.lang, e.slug) };
  }
  const text =
    fm({
      title: e.title,
      description:
        e.lang === 'ja' ? '（何について書いたかを 1〜2 文で）' : '(what the story is about, in a sentence or two)',
      pubDate: day,
      kind: e.kind === 'onboarding' ? 'onboarding' : 'essay',
      authors: [e.author ?? 'your-id'],
      principles: [...(e.principles ?? [])],
      tags: e.kind === 'onboarding' ? ['onboarding'] : [],
      draft: true,
    }).replace(/^pubDate: '?(\d{4}-\d{2}-\d{2})'?$/m, 'pubDate: $1') + BODY[e.lang].story;
  return { path: `content/stories/${e.lang}/${e.slug}.mdx`, text, url: urls.story(e.lang, e.slug) };
}

/**
 * The translation twin of an entry: the same file name in the other language folder, with the same
 * frontmatter and body to translate in place, and a comment saying so.
 */
export function translationTwin(path: string, text: string): Scaffold | { error: { ja: string; en: string } } {
  const m = /^content\/(stories|principles)\/(ja|en)\/([^/]+)\.mdx$/.exec(path);
  if (!m) {
    return {
      error: {
        ja: `${path} は翻訳できる記事ではありません（content/stories/<ja|en>/… か content/principles/<ja|en>/… の .mdx）`,
        en: `${path} is not an entry to translate (an .mdx in content/stories/<ja|en>/ or content/principles/<ja|en>/)`,
      },
    };
  }
  const [, collection, from, slug] = m as unknown as [string, 'stories' | 'principles', Lang, string];
  const to = otherLang(from);
  const note =
    to === 'en'
      ? '# Translate the title, the description or summary, and the body from Japanese.\n'
      : '# title、description（または summary）と本文を英語から翻訳してください。\n';
  const out = text.replace(/^(?:\uFEFF)?---\r?\n/, `---\n${note}`);
  const url = collection === 'stories' ? urls.story(to, slug) : urls.principle(to, slug);
  return { path: `content/${collection}/${to}/${slug}.mdx`, text: out, url };
}

export interface PrincipleChoice {
  id: string;
  title: string;
  aliases: readonly string[];
  retired: boolean;
}

/**
 * Principles to offer for a story, best first: active ones whose title or aliases share words with
 * the story's title come first, then the other active ones. Retired principles are not offered.
 */
export function suggestPrinciples(title: string, principles: readonly PrincipleChoice[]): PrincipleChoice[] {
  const t = title.toLowerCase();
  const score = (p: PrincipleChoice) =>
    [p.title, ...p.aliases].filter((w) => w.length >= 2 && (t.includes(w.toLowerCase()) || w.toLowerCase().includes(t)))
      .length;
  return principles
    .filter((p) => !p.retired)
    .map((p) => ({ p, s: title ? score(p) : 0 }))
    .sort((a, b) => b.s - a.s || a.p.id.localeCompare(b.p.id))
    .map((x) => x.p);
}

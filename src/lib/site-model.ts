import type { AuthorData } from '../schemas/author';
import type { PrincipleData } from '../schemas/principle';
import type { StoryData, StoryKind } from '../schemas/story';
import { findInlineCitations } from './citations';
import { ContentError, type ContentProblem } from './content-error';
import { parseLangPath } from './content-ids';
import { LANGS, otherLang, type Lang } from './i18n';
import { isVisible, publicationState, type PublicationState, type Visibility } from './publication';
import { readingTime, type ReadingTime } from './reading-time';
import { relatedStories } from './related';
import { bodyLineOffset, frontmatterPosition } from './source-position';
import { didYouMean, nearest } from './suggest';

/**
 * The whole site as pages see it: every entry validated against every other, citations resolved both
 * ways, stories ordered, related stories chosen. Built once per build from plain entries, so it is
 * tested without Astro and no page repeats the work.
 */

/** A content entry as the collections hand it over (Astro's entry, or a test's fake). */
export interface SourceEntry<D> {
  /** `ja/dont-build-unused` for principles and stories; the file name for authors. */
  id: string;
  /** Path from the repository root. */
  filePath: string;
  data: D;
  /** The MDX body, for citations and reading time. */
  body?: string;
}

export interface ModelInput<PE extends SourceEntry<PrincipleData>, SE extends SourceEntry<StoryData>> {
  principles: readonly PE[];
  stories: readonly SE[];
  authors: readonly SourceEntry<AuthorData>[];
  now: Date;
  visibility: Visibility;
  /** Reads a content file's text, to point errors at a line. */
  readSource?: (filePath: string) => string;
  /** When each file was last committed (src/lib/git-history.ts), for "last updated". */
  lastCommitted?: ReadonlyMap<string, Date>;
  /**
   * Whether to choose each story's related stories (about a second at 5,000 stories); without them
   * `related` is empty. Only the content check and the social cards drawn before the build, which
   * never show them, leave them out. Default: true.
   */
  related?: boolean;
}

export interface Author {
  id: string;
  data: AuthorData;
  filePath: string;
  /** Visible stories by this author, newest first, per language. */
  stories: Record<Lang, Story[]>;
}

export interface Principle<PE = unknown> {
  id: string;
  lang: Lang;
  data: PrincipleData;
  filePath: string;
  entry: PE;
  /** Visible stories in the same language that cite it, in the frontmatter or inline; newest first. */
  citedBy: Story[];
  /** How many visible stories in the other language cite it. */
  citedByInOtherLang: number;
  /** The same principle in the other language, if written. */
  translation?: Principle<PE>;
  /** For a retired principle: its successor, in this language when written, else in the other. */
  successor?: Principle<PE>;
  /** When its file was last committed. */
  lastUpdated?: Date;
}

export interface Story<SE = unknown> {
  /** `ja/my-first-month`. */
  key: string;
  slug: string;
  lang: Lang;
  data: StoryData;
  filePath: string;
  entry: SE;
  state: PublicationState;
  /** Principles cited in the frontmatter, then those cited only inline, each once. */
  principles: Principle[];
  authors: Author[];
  readingTime: ReadingTime;
  /** The translation, when it is visible too. */
  translation?: Story<SE>;
  /** The next older and next newer story in the same language. */
  older?: Story<SE>;
  newer?: Story<SE>;
  /**
   * Up to three stories sharing its principles, then tags, then nearest in time (src/lib/related.ts);
   * empty when the model was built without them (`ModelInput.related`).
   */
  related: Story<SE>[];
  /** When its file was last committed, else its `updatedDate`. */
  lastUpdated?: Date;
}

export interface LangSite<PE, SE> {
  /** Active principles by `order`, then title; retired ones last. */
  principles: Principle<PE>[];
  /** Visible stories, newest first. */
  stories: Story<SE>[];
  /** Tag → stories, tags in alphabetical order. */
  tags: Map<string, Story<SE>[]>;
  kinds: Map<StoryKind, Story<SE>[]>;
}

/** A content file that does not become a page, and why. Every such file is reported by the build. */
export interface Unpublished {
  filePath: string;
  reason: Exclude<PublicationState, 'published'>;
}

export interface SiteModel<PE, SE> {
  langs: Record<Lang, LangSite<PE, SE>>;
  authors: Author[];
  unpublished: Unpublished[];
  principle(lang: Lang, id: string): Principle<PE> | undefined;
  story(lang: Lang, slug: string): Story<SE> | undefined;
  author(id: string): Author | undefined;
  /**
   * The key of everything the pages may show (src/lib/page-cache-key.ts), set by the module that
   * reads the collections; the routes hand it to Astro's incremental build. Unset: pages always render.
   */
  cacheKey?: string;
  /**
   * Each story page's own key (`storyPageKey`, src/lib/page-cache-key.ts) by `Story.key`, set with
   * `cacheKey`; a story page uses it instead of `cacheKey`, and renders every time without one.
   */
  storyCacheKeys?: ReadonlyMap<string, string>;
}

const byNewest = (a: Story, b: Story) =>
  b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.slug.localeCompare(b.slug);

function comparePrinciples(a: Principle, b: Principle): number {
  const retired = Number(a.data.status === 'retired') - Number(b.data.status === 'retired');
  if (retired !== 0) return retired;
  const ao = a.data.order ?? Number.POSITIVE_INFINITY;
  const bo = b.data.order ?? Number.POSITIVE_INFINITY;
  return ao - bo || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id);
}

export function buildSiteModel<PE extends SourceEntry<PrincipleData>, SE extends SourceEntry<StoryData>>(
  input: ModelInput<PE, SE>,
): SiteModel<PE, SE> {
  const problems: ContentProblem[] = [];
  const sourceCache = new Map<string, string>();
  const source = (file: string) => {
    if (!input.readSource) return '';
    if (!sourceCache.has(file)) {
      try {
        sourceCache.set(file, input.readSource(file));
      } catch {
        sourceCache.set(file, '');
      }
    }
    return sourceCache.get(file)!;
  };
  const at = (file: string, field: string, value?: string) =>
    ({ file, ...frontmatterPosition(source(file), field, value) }) as Pick<ContentProblem, 'file' | 'line' | 'column'>;

  // Authors.
  const authors = new Map<string, Author>();
  for (const a of input.authors) {
    authors.set(a.id, { id: a.id, data: a.data, filePath: a.filePath, stories: { ja: [], en: [] } });
  }

  // Principles, by language and id.
  const principles = new Map<string, Principle<PE>>();
  const principleIds = new Set<string>();
  for (const entry of input.principles) {
    const parsed = parseLangPath(entry.id);
    if (!parsed) {
      problems.push({
        file: entry.filePath,
        message: 'A principle must sit in a language folder.',
        hint: `move it to content/principles/ja/ or content/principles/en/`,
        code: 'not-in-lang-folder',
      });
      continue;
    }
    principleIds.add(parsed.slug);
    principles.set(`${parsed.lang}/${parsed.slug}`, {
      id: parsed.slug,
      lang: parsed.lang,
      data: entry.data,
      filePath: entry.filePath,
      entry,
      citedBy: [],
      citedByInOtherLang: 0,
      lastUpdated: input.lastCommitted?.get(entry.filePath),
    });
  }
  const findPrinciple = (lang: Lang, id: string) =>
    principles.get(`${lang}/${id}`) ?? principles.get(`${otherLang(lang)}/${id}`);

  for (const p of principles.values()) {
    p.translation = principles.get(`${otherLang(p.lang)}/${p.id}`);
    const next = p.data.supersededBy;
    if (next === undefined) continue;
    if (next === p.id) {
      problems.push({
        ...at(p.filePath, 'supersededBy'),
        message: 'A principle cannot supersede itself.',
        hint: 'name the principle that replaces this one',
        code: 'supersedes-itself',
      });
    } else if (!principleIds.has(next)) {
      problems.push({
        ...at(p.filePath, 'supersededBy', next),
        message: `supersededBy names "${next}", which is not a principle.`,
        hint: didYouMean(next, principleIds) || `use the id of a file in content/principles/${p.lang}/`,
        code: 'unknown-successor',
        params: { id: next, near: nearest(next, principleIds).join(',') },
      });
    } else {
      p.successor = findPrinciple(p.lang, next);
    }
  }

  // Stories.
  const stories = new Map<string, Story<SE>>();
  const unpublished: Unpublished[] = [];
  for (const entry of input.stories) {
    const parsed = parseLangPath(entry.id);
    if (!parsed) {
      problems.push({
        file: entry.filePath,
        message: 'A story must sit in a language folder.',
        hint: 'move it to content/stories/ja/ or content/stories/en/',
        code: 'not-in-lang-folder',
      });
      continue;
    }
    const state = publicationState(entry.data, input.now);
    const cited: Principle[] = [];
    const cite = (id: string, where: () => Pick<ContentProblem, 'file' | 'line' | 'column'>, how: string) => {
      const p = findPrinciple(parsed.lang, id);
      if (!p) {
        problems.push({
          ...where(),
          message: `${how} cites "${id}", which is not a principle.`,
          hint: didYouMean(id, principleIds) || 'see content/principles/ for the ids',
          code: 'unknown-principle',
          params: { id, how, near: nearest(id, principleIds).join(',') },
        });
      } else if (!cited.includes(p)) {
        cited.push(p);
      }
    };
    for (const id of entry.data.principles) cite(id, () => at(entry.filePath, 'principles', id), 'principles');
    for (const c of findInlineCitations(entry.body ?? '')) {
      cite(
        c.id,
        () => ({ file: entry.filePath, line: c.line + bodyLineOffset(source(entry.filePath)), column: c.column }),
        '<Principle id>',
      );
    }
    const storyAuthors: Author[] = [];
    for (const id of entry.data.authors) {
      const a = authors.get(id);
      if (a) storyAuthors.push(a);
      else
        problems.push({
          ...at(entry.filePath, 'authors', id),
          message: `authors names "${id}", who is not an author.`,
          hint: didYouMean(id, authors.keys()) || `add content/authors/${id}.yaml, or use an existing author id`,
          code: 'unknown-author',
          params: { id, near: nearest(id, authors.keys()).join(',') },
        });
    }
    if (!isVisible(state, input.visibility)) {
      unpublished.push({ filePath: entry.filePath, reason: state as Unpublished['reason'] });
      continue;
    }
    let time: ReadingTime | undefined;
    stories.set(entry.id, {
      key: entry.id,
      slug: parsed.slug,
      lang: parsed.lang,
      data: entry.data,
      filePath: entry.filePath,
      entry,
      state,
      principles: cited,
      authors: storyAuthors,
      // Counted when a page first shows it: the content check builds this model too, and never does.
      get readingTime() {
        return (time ??= readingTime(entry.body ?? '', parsed.lang));
      },
      related: [],
      lastUpdated: input.lastCommitted?.get(entry.filePath) ?? entry.data.updatedDate,
    });
  }

  if (problems.length > 0) throw new ContentError(problems);

  // Per language: ordering, neighbours, indexes, citations back from principles.
  const langs = {} as Record<Lang, LangSite<PE, SE>>;
  for (const lang of LANGS) {
    const list = [...stories.values()].filter((s) => s.lang === lang).sort(byNewest);
    list.forEach((s, i) => {
      s.newer = list[i - 1];
      s.older = list[i + 1];
      s.translation = stories.get(`${otherLang(lang)}/${s.slug}`);
      for (const a of s.authors) a.stories[lang].push(s);
      for (const p of s.principles) {
        if (p.lang === lang) p.citedBy.push(s);
        // The same principle's page in the other language says how many stories here cite it.
        const twin = principles.get(`${otherLang(lang)}/${p.id}`);
        if (twin) twin.citedByInOtherLang++;
      }
    });
    if (input.related ?? true) {
      const related = relatedStories(
        list.map((s) => ({
          key: s.key,
          principles: s.principles.map((p) => p.id),
          tags: s.data.tags,
          time: s.data.pubDate.getTime(),
          s,
        })),
      );
      for (const s of list) s.related = (related.get(s.key) ?? []).map((r) => r.s);
    }

    const tags = new Map<string, Story<SE>[]>();
    const kinds = new Map<StoryKind, Story<SE>[]>();
    const push = <K>(map: Map<K, Story<SE>[]>, key: K, s: Story<SE>) => {
      const bucket = map.get(key);
      if (bucket) bucket.push(s);
      else map.set(key, [s]);
    };
    for (const s of list) {
      for (const t of s.data.tags) push(tags, t, s);
      push(kinds, s.data.kind, s);
    }
    langs[lang] = {
      principles: [...principles.values()].filter((p) => p.lang === lang).sort(comparePrinciples),
      stories: list,
      tags: new Map([...tags].sort(([a], [b]) => a.localeCompare(b))),
      kinds,
    };
  }
  return {
    langs,
    authors: [...authors.values()].sort((a, b) => a.id.localeCompare(b.id)),
    unpublished: unpublished.sort((a, b) => a.filePath.localeCompare(b.filePath)),
    principle: (lang, id) => principles.get(`${lang}/${id}`),
    story: (lang, slug) => stories.get(`${lang}/${slug}`),
    author: (id) => authors.get(id),
  };
}

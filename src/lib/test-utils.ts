/**
 * Fake collections for unit tests: build entries the way Astro's loaders hand them over, with
 * defaults filled in by the real schemas, so that tests of the site model run without a build.
 */
import { authorSchema, type AuthorData } from '../schemas/author';
import { principleSchema, type PrincipleData } from '../schemas/principle';
import { storySchema, type StoryData } from '../schemas/story';
import type { CardData } from './og-card';
import type { SourceEntry } from './site-model';

type In<T> = Partial<Record<keyof T, unknown>>;

export function fakePrinciple(id: string, data: In<PrincipleData> = {}, lang = 'ja'): SourceEntry<PrincipleData> {
  return {
    id: `${lang}/${id}`,
    filePath: `content/principles/${lang}/${id}.mdx`,
    data: principleSchema.parse({ title: `title of ${id}`, summary: `summary of ${id}`, ...data }),
    body: '',
  };
}

export function fakeStory(slug: string, data: In<StoryData> = {}, body = '', lang = 'ja'): SourceEntry<StoryData> {
  return {
    id: `${lang}/${slug}`,
    filePath: `content/stories/${lang}/${slug}.mdx`,
    data: storySchema.parse({
      title: `title of ${slug}`,
      description: `description of ${slug}`,
      pubDate: '2025-01-01',
      kind: 'essay',
      authors: ['aoi'],
      ...data,
    }),
    body,
  };
}

export function fakeAuthor(id: string, data: In<AuthorData> = {}): SourceEntry<AuthorData> {
  return {
    id,
    filePath: `content/authors/${id}.yaml`,
    data: authorSchema.parse({ name: id, role: 'engineer', joined: '2025-04', bio: `bio of ${id}`, ...data }),
  };
}

/** A social card of a Japanese principle-like story, for the card's tests; `changes` replace fields. */
export function fakeCard(changes: Partial<CardData> = {}): CardData {
  return {
    lang: 'ja',
    site: 'Shishin 指針',
    eyebrow: '入社エントリ',
    title: '使われないものを作らない',
    titlePhrases: ['使われない', 'ものを', '作らない'],
    byline: '田中 葵',
    chips: ['書いて残す'],
    ...changes,
  };
}

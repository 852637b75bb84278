import { describe, expect, it } from 'vitest';
import { authorSchema } from './author';
import { principleSchema } from './principle';
import { storySchema } from './story';

/** The messages an author sees for each kind of frontmatter mistake, by field path. */
function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  expect(result.success).toBe(false);
  return Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
}

const story = {
  title: 't',
  description: 'd',
  pubDate: '2025-04-14',
  kind: 'onboarding',
  authors: ['aoi-tanaka'],
};

describe('story frontmatter', () => {
  it('accepts a minimal story and fills in the defaults', () => {
    const data = storySchema.parse(story);
    expect(data).toMatchObject({ principles: [], tags: [], draft: false });
    expect(data.pubDate.toISOString()).toBe('2025-04-14T00:00:00.000Z');
  });

  it('names each missing field and what it expects', () => {
    expect(messages(storySchema.safeParse({}))).toEqual({
      title: 'title is required: the headline of the story',
      description: 'description is required: one or two sentences that say what the story is about',
      pubDate: 'pubDate must be a date written as YYYY-MM-DD, such as 2025-04-14',
      kind: 'kind is required: one of onboarding, essay, practice, retrospective',
      authors: 'authors must be a list of author ids, such as [aoi-tanaka]',
    });
  });

  it('says which value is wrong', () => {
    expect(
      messages(
        storySchema.safeParse({ ...story, kind: 'onbording', pubDate: 'yesterday', principles: 'dont-build-unused' }),
      ),
    ).toEqual({
      kind: 'kind must be one of onboarding, essay, practice, retrospective, not "onbording"',
      pubDate: 'pubDate must be a date written as YYYY-MM-DD, such as 2025-04-14',
      principles: 'principles must be a list of principle ids, such as [dont-build-unused]',
    });
  });

  it('rejects ids that are not lowercase-hyphenated', () => {
    expect(messages(storySchema.safeParse({ ...story, authors: ['Aoi Tanaka'] }))).toEqual({
      'authors.0': 'must be the id of an author: lowercase letters, digits and hyphens, such as "dont-build-unused"',
    });
  });

  it('rejects unknown fields, so that a typo in a field name is not silently ignored', () => {
    const result = storySchema.safeParse({ ...story, principals: ['x'] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/principals/);
  });
});

describe('principle frontmatter', () => {
  it('defaults to active with no aliases and no old addresses', () => {
    expect(principleSchema.parse({ title: 't', summary: 's' })).toEqual({
      title: 't',
      summary: 's',
      aliases: [],
      status: 'active',
      redirectFrom: [],
    });
  });

  it('names a wrong status and a wrong order', () => {
    expect(messages(principleSchema.safeParse({ title: 't', summary: 's', status: 'old', order: 'first' }))).toEqual({
      status: 'status must be "active" or "retired", not "old"',
      order: 'order must be a number, such as 1',
    });
  });
});

describe('author file', () => {
  it('wants joined as a year and month', () => {
    expect(messages(authorSchema.safeParse({ name: 'n', role: 'r', bio: 'b', joined: '2025-13' }))).toEqual({
      joined: 'joined must be a year and month, such as "2025-04"',
    });
  });
});

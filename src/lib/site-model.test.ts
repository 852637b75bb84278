import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { PREVIEW, PRODUCTION } from './publication';
import type { PrincipleData } from '../schemas/principle';
import type { StoryData } from '../schemas/story';
import { buildSiteModel, type ModelInput, type SourceEntry } from './site-model';
import { fakeAuthor, fakePrinciple, fakeStory } from './test-utils';

const NOW = new Date('2026-01-01T00:00:00Z');

type Input = ModelInput<SourceEntry<PrincipleData>, SourceEntry<StoryData>>;

function model(input: Partial<Input> & Pick<Input, 'stories'>) {
  return buildSiteModel({
    principles: [fakePrinciple('dont-build-unused', { order: 1 }), fakePrinciple('test-hypotheses-fast', { order: 2 })],
    authors: [fakeAuthor('aoi')],
    now: NOW,
    visibility: PRODUCTION,
    ...input,
  });
}

function problemsOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error('expected a ContentError');
}

describe('buildSiteModel', () => {
  it('lists on each principle every story that cites it, in the frontmatter or inline, newest first', () => {
    const site = model({
      stories: [
        fakeStory('old', { pubDate: '2024-05-01', principles: ['dont-build-unused'] }),
        fakeStory('inline', { pubDate: '2025-05-01' }, 'text\n\n<Principle id="dont-build-unused" />\n'),
        fakeStory('other', { pubDate: '2025-06-01', principles: ['test-hypotheses-fast'] }),
      ],
    });
    const p = site.principle('ja', 'dont-build-unused')!;
    expect(p.citedBy.map((s) => s.slug)).toEqual(['inline', 'old']);
    expect(site.story('ja', 'inline')!.principles.map((x) => x.id)).toEqual(['dont-build-unused']);
  });

  it('cites a principle once even when both the frontmatter and the body name it', () => {
    const site = model({
      stories: [fakeStory('both', { principles: ['dont-build-unused'] }, '<Principle id="dont-build-unused" />')],
    });
    expect(site.principle('ja', 'dont-build-unused')!.citedBy).toHaveLength(1);
  });

  it('reports an unknown principle with the file, the line and the nearest ids', () => {
    const source = '---\ntitle: x\nprinciples:\n  - dont-build-unsed\n---\n';
    const error = problemsOf(() =>
      model({
        stories: [fakeStory('typo', { principles: ['dont-build-unsed'] })],
        readSource: () => source,
      }),
    );
    expect(error.problems).toEqual([
      {
        file: 'content/stories/ja/typo.mdx',
        line: 4,
        column: 5,
        message: 'principles cites "dont-build-unsed", which is not a principle.',
        hint: 'Did you mean "dont-build-unused"?',
        code: 'unknown-principle',
        params: { id: 'dont-build-unsed', how: 'principles', near: 'dont-build-unused' },
      },
    ]);
    expect(error.message).toMatchInlineSnapshot(`
      "Shishin found 1 problem in the content; fix it and build again:

        content/stories/ja/typo.mdx:4:5  principles cites "dont-build-unsed", which is not a principle.  (Did you mean "dont-build-unused"?)"
    `);
  });

  it('reports an unknown <Principle id> at its line in the file', () => {
    const body = '\n本文です。\n\n<Principle id="test-hypothesis-fast" />\n';
    const source = `---\ntitle: x\n---\n${body}`;
    const error = problemsOf(() => model({ stories: [fakeStory('inline-typo', {}, body)], readSource: () => source }));
    expect(error.problems[0]).toMatchObject({
      file: 'content/stories/ja/inline-typo.mdx',
      line: 7,
      column: 1,
      message: '<Principle id> cites "test-hypothesis-fast", which is not a principle.',
      hint: 'Did you mean "test-hypotheses-fast"?',
    });
  });

  it('reports an unknown author, and every problem at once', () => {
    const error = problemsOf(() =>
      model({
        stories: [fakeStory('a', { authors: ['aoi-tanaka'] }), fakeStory('b', { principles: ['nothing-like-it'] })],
      }),
    );
    expect(error.problems.map((p) => [p.file, p.message, p.hint])).toEqual([
      ['content/stories/ja/a.mdx', 'authors names "aoi-tanaka", who is not an author.', 'Did you mean "aoi"?'],
      [
        'content/stories/ja/b.mdx',
        'principles cites "nothing-like-it", which is not a principle.',
        'see content/principles/ for the ids',
      ],
    ]);
  });

  it('reports a supersededBy that names no principle', () => {
    const error = problemsOf(() =>
      model({
        principles: [
          fakePrinciple('move-fast', { status: 'retired', supersededBy: 'test-hypotheses' }),
          fakePrinciple('test-hypotheses-fast'),
        ],
        stories: [],
      }),
    );
    expect(error.problems[0]).toMatchObject({
      file: 'content/principles/ja/move-fast.mdx',
      message: 'supersededBy names "test-hypotheses", which is not a principle.',
      hint: 'Did you mean "test-hypotheses-fast"?',
    });
  });

  it('keeps drafts and future stories out of production and reports each one', () => {
    const site = model({
      stories: [
        fakeStory('live', { pubDate: '2025-12-31' }),
        fakeStory('wip', { draft: true }),
        fakeStory('later', { pubDate: '2026-01-02' }),
      ],
    });
    expect(site.langs.ja.stories.map((s) => s.slug)).toEqual(['live']);
    expect(site.unpublished).toEqual([
      { filePath: 'content/stories/ja/later.mdx', reason: 'scheduled' },
      { filePath: 'content/stories/ja/wip.mdx', reason: 'draft' },
    ]);
  });

  it('shows drafts and scheduled stories in previews, marked as such', () => {
    const site = model({
      visibility: PREVIEW,
      stories: [fakeStory('wip', { draft: true }), fakeStory('later', { pubDate: '2027-01-01' })],
    });
    expect(site.langs.ja.stories.map((s) => [s.slug, s.state])).toEqual([
      ['later', 'scheduled'],
      ['wip', 'draft'],
    ]);
    expect(site.unpublished).toEqual([]);
  });

  it('still checks the references of drafts, so that a draft cannot hide a typo until publication', () => {
    expect(() => model({ stories: [fakeStory('wip', { draft: true, principles: ['nope'] })] })).toThrow(ContentError);
  });

  it('pairs translations by slug and links neighbours in date order per language', () => {
    const site = model({
      principles: [fakePrinciple('dont-build-unused'), fakePrinciple('dont-build-unused', {}, 'en')],
      stories: [
        fakeStory('a', { pubDate: '2025-01-01' }),
        fakeStory('b', { pubDate: '2025-02-01', principles: ['dont-build-unused'] }),
        fakeStory('b', { pubDate: '2025-02-01', principles: ['dont-build-unused'] }, '', 'en'),
      ],
    });
    const b = site.story('ja', 'b')!;
    expect(b.translation?.key).toBe('en/b');
    expect(b.older?.slug).toBe('a');
    expect(b.newer).toBeUndefined();
    expect(site.story('ja', 'a')!.translation).toBeUndefined();
    expect(site.principle('ja', 'dont-build-unused')!.citedByInOtherLang).toBe(1);
    expect(site.principle('en', 'dont-build-unused')!.citedBy.map((s) => s.key)).toEqual(['en/b']);
  });

  it('orders principles by order, then title, retired last, and resolves successors', () => {
    const site = model({
      principles: [
        fakePrinciple('z', { title: 'Z' }),
        fakePrinciple('old', { status: 'retired', supersededBy: 'b', order: 0 }),
        fakePrinciple('b', { order: 2 }),
        fakePrinciple('a', { order: 1 }),
      ],
      stories: [],
    });
    expect(site.langs.ja.principles.map((p) => p.id)).toEqual(['a', 'b', 'z', 'old']);
    expect(site.principle('ja', 'old')!.successor?.id).toBe('b');
  });

  it('groups stories by tag and kind and lists them on their authors', () => {
    const site = model({
      authors: [fakeAuthor('aoi'), fakeAuthor('ken')],
      stories: [
        fakeStory('x', { kind: 'onboarding', tags: ['ml', 'ocr'], authors: ['ken'] }),
        fakeStory('y', { tags: ['ml'], pubDate: '2025-03-01' }),
      ],
    });
    expect([...site.langs.ja.tags.keys()]).toEqual(['ml', 'ocr']);
    expect(site.langs.ja.tags.get('ml')!.map((s) => s.slug)).toEqual(['y', 'x']);
    expect(site.langs.ja.kinds.get('onboarding')!.map((s) => s.slug)).toEqual(['x']);
    expect(site.author('ken')!.stories.ja.map((s) => s.slug)).toEqual(['x']);
  });

  it('gives each story its related stories in the same language, unless asked not to', () => {
    const stories = [
      fakeStory('a', { pubDate: '2025-01-01', principles: ['dont-build-unused'], tags: ['ml'] }),
      fakeStory('b', { pubDate: '2025-02-01', principles: ['dont-build-unused'], tags: ['ml'] }),
      fakeStory('c', { pubDate: '2025-03-01', principles: ['dont-build-unused'] }),
      fakeStory('d', { pubDate: '2025-04-01', principles: ['test-hypotheses-fast'] }),
      fakeStory('e', { pubDate: '2025-02-02', principles: ['dont-build-unused'], tags: ['ml'] }, '', 'en'),
    ];
    const site = model({ stories });
    // Shared principle and tag first, then the shared principle alone; nothing from the other language.
    expect(site.story('ja', 'a')!.related.map((s) => s.slug)).toEqual(['b', 'c']);
    expect(site.story('ja', 'd')!.related).toEqual([]);
    expect(model({ stories, related: false }).story('ja', 'a')!.related).toEqual([]);
  });
});

describe('last updated', () => {
  it('comes from git history, else from updatedDate', () => {
    const site = buildSiteModel({
      principles: [fakePrinciple('dont-build-unused')],
      authors: [fakeAuthor('aoi')],
      stories: [
        fakeStory('committed', { updatedDate: '2025-02-01' }),
        fakeStory('uncommitted', { updatedDate: '2025-03-01' }),
        fakeStory('neither'),
      ],
      now: NOW,
      visibility: PRODUCTION,
      lastCommitted: new Map([['content/stories/ja/committed.mdx', new Date('2025-09-09T00:00:00Z')]]),
    });
    expect(site.story('ja', 'committed')!.lastUpdated?.toISOString()).toBe('2025-09-09T00:00:00.000Z');
    expect(site.story('ja', 'uncommitted')!.lastUpdated?.toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(site.story('ja', 'neither')!.lastUpdated).toBeUndefined();
  });
});

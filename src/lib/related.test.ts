import { describe, expect, it } from 'vitest';
import { relatedStories, type Relatable } from './related';

const day = 86_400_000;
const s = (key: string, principles: string[], tags: string[], d: number): Relatable => ({
  key,
  principles,
  tags,
  time: d * day,
});

describe('relatedStories', () => {
  it('ranks by shared principles, then shared tags, then nearness in time', () => {
    const stories = [
      s('me', ['a', 'b'], ['x', 'y'], 100),
      s('two-principles', ['a', 'b'], [], 10),
      s('one-principle-two-tags', ['a'], ['x', 'y'], 50),
      s('one-principle-one-tag', ['a'], ['x'], 99),
      s('one-principle-near', ['b'], [], 101),
      s('tags-only', [], ['x', 'y'], 100),
      s('unrelated', ['c'], ['z'], 100),
    ];
    expect(
      relatedStories(stories, 5)
        .get('me')!
        .map((r) => r.key),
    ).toEqual(['two-principles', 'one-principle-two-tags', 'one-principle-one-tag', 'one-principle-near', 'tags-only']);
  });

  it('never relates a story to itself or to a story that shares nothing', () => {
    const related = relatedStories([s('a', ['p'], [], 1), s('b', ['q'], [], 2)]);
    expect(related.get('a')).toEqual([]);
    expect(related.get('b')).toEqual([]);
  });

  it('looks only at the stories nearest in time on each list, so its work per story is bounded', () => {
    const many = Array.from({ length: 1000 }, (_, i) => s(`s${i}`, ['p'], [], i));
    const related = relatedStories(many, 3, 5);
    // Story 500 sees its 5 neighbours on each side, and picks the nearest three.
    expect(related.get('s500')!.map((r) => r.key)).toEqual(['s499', 's501', 's498']);
  });

  it('is deterministic on ties', () => {
    const stories = [s('me', ['p'], [], 10), s('b', ['p'], [], 9), s('a', ['p'], [], 11)];
    expect(
      relatedStories(stories)
        .get('me')!
        .map((r) => r.key),
    ).toEqual(['a', 'b']);
  });
});

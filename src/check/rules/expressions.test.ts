import { describe, expect, it } from 'vitest';
import { undefinedNames } from './expressions';

describe('expressions', () => {
  it('finds names that nothing defines, and none in literals, comments, properties and keys', () => {
    const none = new Set<string>();
    expect(undefinedNames('y', none)).toEqual(['y']);
    expect(undefinedNames('/* y */', none)).toEqual([]);
    expect(undefinedNames('"y" + `z`', none)).toEqual([]);
    expect(undefinedNames('Math.max(1, 2).y', none)).toEqual([]);
    expect(undefinedNames('frontmatter.title', none)).toEqual([]);
    expect(undefinedNames('chart(data)', new Set(['chart']))).toEqual(['data']);
  });
});

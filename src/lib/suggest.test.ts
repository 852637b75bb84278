import { describe, expect, it } from 'vitest';
import { didYouMean, nearest } from './suggest';

const ids = ['dont-build-unused', 'test-hypotheses-fast', 'write-it-down', 'measure-before-optimizing'];

describe('nearest', () => {
  it('finds ids within a few edits', () => {
    expect(nearest('dont-build-unsed', ids)).toEqual(['dont-build-unused']);
    expect(nearest('test-hypothesis-fast', ids)).toEqual(['test-hypotheses-fast']);
  });

  it('finds an id that contains what was typed', () => {
    expect(nearest('write', ids)).toEqual(['write-it-down']);
  });

  it('ignores case', () => {
    expect(nearest('Write-It-Down', ids)).toEqual(['write-it-down']);
  });

  it('suggests nothing for an unrelated word', () => {
    expect(nearest('kubernetes', ids)).toEqual([]);
  });
});

describe('didYouMean', () => {
  it('phrases one, two or three suggestions', () => {
    expect(didYouMean('dont-build-unsed', ids)).toBe('Did you mean "dont-build-unused"?');
    expect(didYouMean('ab', ['aa', 'ac'])).toBe('Did you mean "aa" or "ac"?');
    expect(didYouMean('abc', ['abd', 'abe', 'abf'])).toBe('Did you mean "abd", "abe" or "abf"?');
  });

  it('is empty when nothing is near', () => {
    expect(didYouMean('zzz-zzz-zzz', ids)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { bodyLineOffset, frontmatterPosition } from './source-position';

const source = [
  '---',
  'title: 入社エントリ',
  'principles: [dont-build-unused, write-it-down]',
  'authors:',
  '  - aoi-tanaka',
  '  - ken',
  'tags: [ken]',
  '---',
  '',
  '本文',
].join('\n');

describe('frontmatterPosition', () => {
  it('finds a field', () => {
    expect(frontmatterPosition(source, 'title')).toEqual({ line: 2, column: 1 });
  });

  it('finds a value in a flow list and in a block list', () => {
    expect(frontmatterPosition(source, 'principles', 'write-it-down')).toEqual({ line: 3, column: 33 });
    expect(frontmatterPosition(source, 'authors', 'ken')).toEqual({ line: 6, column: 5 });
  });

  it('does not look past the field for its value', () => {
    // "ken" also appears under tags; the authors field must not find that one.
    expect(frontmatterPosition(source.replace('  - ken\n', ''), 'authors', 'ken')).toEqual({ line: 4, column: 1 });
  });

  it('is undefined for a field that is not written', () => {
    expect(frontmatterPosition(source, 'draft')).toBeUndefined();
  });

  it('copes with a byte order mark and CRLF line ends', () => {
    expect(frontmatterPosition(`\uFEFF${source.replaceAll('\n', '\r\n')}`, 'tags')).toEqual({ line: 7, column: 1 });
  });
});

describe('bodyLineOffset', () => {
  it('counts the lines before the body', () => {
    expect(bodyLineOffset(source)).toBe(8);
    expect(bodyLineOffset('no frontmatter')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { codeTitle } from './code-meta';

describe('codeTitle', () => {
  it('reads a quoted title among other meta', () => {
    expect(codeTitle('title="src/flags.ts"')).toBe('src/flags.ts');
    expect(codeTitle("{1,3} title='queries/a b.sql' showLineNumbers")).toBe('queries/a b.sql');
  });

  it('gives nothing without a title, or with an empty one', () => {
    expect(codeTitle(undefined)).toBeUndefined();
    expect(codeTitle('{1,3}')).toBeUndefined();
    expect(codeTitle('subtitle="x"')).toBeUndefined();
    expect(codeTitle('title=""')).toBeUndefined();
  });
});

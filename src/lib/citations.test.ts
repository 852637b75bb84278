import { describe, expect, it } from 'vitest';
import { findInlineCitations } from './citations';

describe('findInlineCitations', () => {
  it('finds each <Principle id> with its line and column', () => {
    const body = '本文\n\n<Principle id="dont-build-unused" />\n\nand <Principle id=\'write-it-down\'/> inline';
    expect(findInlineCitations(body)).toEqual([
      { id: 'dont-build-unused', line: 3, column: 1 },
      { id: 'write-it-down', line: 5, column: 5 },
    ]);
  });

  it('accepts a JSX string expression as the id', () => {
    expect(findInlineCitations('<Principle id={"x"} />').map((c) => c.id)).toEqual(['x']);
  });

  it('ignores examples inside fenced code blocks and inline code', () => {
    const body = [
      '```mdx',
      '<Principle id="in-a-fence" />',
      '```',
      '~~~~',
      '```',
      '<Principle id="in-a-tilde-fence" />',
      '~~~~',
      'Write `<Principle id="in-inline-code" />` to cite.',
      '<Principle id="real" />',
    ].join('\n');
    expect(findInlineCitations(body)).toEqual([{ id: 'real', line: 9, column: 1 }]);
  });

  it('does not mistake other components for Principle', () => {
    expect(findInlineCitations('<PrincipleList id="x" /> <Principles id="y" />')).toEqual([]);
  });

  it('reports an empty id so that the caller can say it is missing', () => {
    expect(findInlineCitations('<Principle id="" />')).toEqual([{ id: '', line: 1, column: 1 }]);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedNames, USER_COMPONENTS } from './components';

describe('components', () => {
  it('knows exactly the components src/user-components/ supplies', () => {
    const index = readFileSync(path.resolve(import.meta.dirname, '../../user-components/index.ts'), 'utf8');
    const supplied = /userComponents\s*=\s*\{([^}]*)\}/
      .exec(index)![1]!
      .split(',')
      .map((s) => s.split(':')[0]!.trim())
      .filter(Boolean);
    expect([...USER_COMPONENTS].sort()).toEqual(supplied.sort());
  });

  it('reads the names an MDX file imports', () => {
    expect(
      importedNames(
        "import Chart from './chart.astro';\nimport { A, B as C } from 'x';\nimport * as Icons from 'y';\nexport const meta = 1;",
      ),
    ).toEqual(['Chart', 'A', 'C', 'Icons', 'meta']);
  });
});

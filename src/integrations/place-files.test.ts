import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeFile, placeTree } from './place-files';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'shishin-place-'));

describe('placing cached output', () => {
  it('puts every file of a tree at the same place under the target, as links to the same bytes', async () => {
    const from = scratch();
    mkdirSync(path.join(from, 'fragment'), { recursive: true });
    writeFileSync(path.join(from, 'pagefind.js'), 'engine');
    writeFileSync(path.join(from, 'fragment', 'a.pf_fragment'), 'a');
    const to = path.join(scratch(), 'dist', 'pagefind');
    await placeTree(from, to);
    expect(readFileSync(path.join(to, 'pagefind.js'), 'utf8')).toBe('engine');
    expect(readFileSync(path.join(to, 'fragment', 'a.pf_fragment'), 'utf8')).toBe('a');
    expect(statSync(path.join(to, 'pagefind.js')).ino).toBe(statSync(path.join(from, 'pagefind.js')).ino);
  });

  it('replaces a file already at the target without writing into it (it may be a link into a cache)', async () => {
    const dir = scratch();
    const [cachedOld, cachedNew, target] = ['old.png', 'new.png', 'card.png'].map((f) => path.join(dir, f));
    writeFileSync(cachedOld!, 'old');
    writeFileSync(cachedNew!, 'new');
    await placeFile(cachedOld!, target!);
    await placeFile(cachedNew!, target!);
    expect(readFileSync(target!, 'utf8')).toBe('new');
    expect(readFileSync(cachedOld!, 'utf8')).toBe('old');
  });
});

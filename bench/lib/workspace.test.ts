import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearWorkspace, prepareWorkspace } from './workspace.ts';

let repo: string;

/** A repository with a site file, something that is not the site, and the bare baseline. */
beforeEach(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'shishin-bench-'));
  for (const [file, text] of Object.entries({
    'astro.config.mjs': 'export default {};',
    'src/page.ts': 'site code',
    'tests/x.test.ts': 'not the site',
    'bench/baseline/astro.config.mjs': 'baseline',
  })) {
    await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
    await writeFile(path.join(repo, file), text);
  }
});
afterEach(() => rm(repo, { recursive: true, force: true }));

const work = (...parts: string[]) => path.join(repo, 'bench', '.work', ...parts);
const story = (n: number) => ({ path: `stories/ja/s${n}.mdx`, text: `story ${n}` });

describe('the benchmark workspace', () => {
  it('copies the site and the baseline, each with the corpus, and leaves out what is not the site', async () => {
    await prepareWorkspace(repo, [story(1)]);
    expect(await readFile(work('shishin', 'src', 'page.ts'), 'utf8')).toBe('site code');
    expect(await readdir(work('shishin'))).not.toContain('tests');
    expect(await readFile(work('baseline', 'astro.config.mjs'), 'utf8')).toBe('baseline');
    for (const site of ['shishin', 'baseline'])
      expect(await readFile(work(site, 'content', 'stories', 'ja', 's1.mdx'), 'utf8')).toBe('story 1');
  });

  it("keeps one size's logs and results while it prepares the next size, which replaces the site copies", async () => {
    await prepareWorkspace(repo, [story(1)]);
    await writeFile(work('results-1000.json'), '{}');
    await writeFile(work('shishin-1000-cold-0.log'), 'log');
    await prepareWorkspace(repo, [story(2)]);
    expect(await readdir(work())).toEqual(
      expect.arrayContaining(['results-1000.json', 'shishin-1000-cold-0.log', 'shishin', 'baseline']),
    );
    const stories = await readdir(work('shishin', 'content', 'stories', 'ja'));
    expect(stories).toEqual(['s2.mdx']);
  });

  it('is emptied once a run, so no result of an earlier run is left to be mistaken for this one', async () => {
    await prepareWorkspace(repo, [story(1)]);
    await writeFile(work('results-5000.json'), '{}');
    await clearWorkspace(repo);
    await expect(readdir(work())).rejects.toThrow();
  });
});

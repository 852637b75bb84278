/**
 * The two sites the benchmark builds, side by side under `bench/.work/` (git-ignored): a copy of
 * Shishin and a copy of the bare baseline, both with the generated corpus as their content. They sit
 * inside the repository so that both resolve packages from its `node_modules`.
 */
import { cp, mkdir, readdir, rm, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusFile } from './corpus.ts';
import type { SiteName } from './targets.ts';

/** Top-level entries of the repository that are not part of the site being built. */
const NOT_THE_SITE = new Set(['node_modules', 'dist', '.astro', '.git', 'bench', 'tests', 'test-results', '.ci']);

export interface Workspace {
  root: string;
  dirs: Record<SiteName, string>;
}

const workRoot = (repo: string) => path.join(repo, 'bench', '.work');

/** Empties `bench/.work/`, once a run: what the last run left (site copies, logs, results) goes. */
export async function clearWorkspace(repo: string): Promise<void> {
  await rm(workRoot(repo), { recursive: true, force: true });
}

/**
 * The two sites for one size of corpus. Only the site copies are replaced: the logs and
 * `results-N.json` of the run's other sizes stay beside them.
 */
export async function prepareWorkspace(repo: string, files: readonly CorpusFile[]): Promise<Workspace> {
  const root = workRoot(repo);
  const dirs: Record<SiteName, string> = { shishin: path.join(root, 'shishin'), baseline: path.join(root, 'baseline') };
  for (const dir of Object.values(dirs)) await rm(dir, { recursive: true, force: true });
  await mkdir(root, { recursive: true });

  for (const entry of await readdir(repo)) {
    if (NOT_THE_SITE.has(entry)) continue;
    await cp(path.join(repo, entry), path.join(dirs.shishin, entry), { recursive: true });
  }
  // The sample content stays beside the corpus: principles link to sample stories, and
  // published-urls.json remembers their URLs, so removing them would fail the build. That is about 15
  // stories more for Shishin to build than for the baseline: the comparison leans against Shishin.
  await cp(path.join(repo, 'bench', 'baseline'), dirs.baseline, { recursive: true });

  for (const dir of Object.values(dirs)) {
    for (const f of files) {
      const target = path.join(dir, 'content', f.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, f.text);
    }
  }
  return { root, dirs };
}

/** Forget every cache a build leaves behind (content layer store, Vite, dist), for a cold build. */
export async function clearCaches(dir: string): Promise<void> {
  for (const entry of ['dist', '.astro', 'node_modules', '.cache']) {
    await rm(path.join(dir, entry), { recursive: true, force: true });
  }
}

/** Change one story the way an author would: a sentence more at its end. */
export async function touchStory(dir: string, relative: string, round: number): Promise<void> {
  await appendFile(path.join(dir, 'content', relative), `\nベンチマークで追記した一文です (${round})。\n`);
}

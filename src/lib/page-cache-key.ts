import { createHash } from 'node:crypto';

/**
 * The `cacheKey` every page's `getStaticPaths` returns, for Astro's incremental build
 * (`experimental.incrementalBuild`, https://docs.astro.build/en/reference/experimental-flags/incremental-build/):
 * a page whose key, code and rendered content entries are all the same as in the last build is not
 * rendered again; its last output is reused.
 *
 * Astro hashes the code a page runs and the content entries it renders. What it cannot see is the
 * data a page reads from the site model: a story page lists related stories, a principle page the
 * stories that cite it, every page the other language's address. So the key is one hash of all the
 * inputs of the site model: every entry of every collection (by the content layer's digest of its
 * file), which entries are held back and why (draft, scheduled: this is where the date of the build
 * counts), how drafts are shown, the "last updated" dates from git, and the redirects. Any change to
 * any of them renders every page again, as without the cache; a build where none changed renders
 * none. (A key per page, from only what that page shows, would let one changed story re-render only
 * the pages that show it; it needs every page's dependencies spelled out, and a missed one would
 * publish a stale page.)
 *
 * Pure: the caller passes what it read.
 */

/** Bumped whenever what goes into the key changes, so that no key of an older scheme can match. */
const KEY_VERSION = 1;

export interface CacheKeyInputs {
  /** Every entry of every collection the pages read, as the content layer holds it. */
  entries: readonly { collection: string; id: string; digest?: string | number; filePath?: string }[];
  /** Entries left out of the site, and why. */
  unpublished: readonly { filePath: string; reason: string }[];
  /** How drafts and scheduled entries are shown (`buildOptions().visibility`). */
  visibility: unknown;
  /** "Last updated" dates from git, by file. */
  lastCommitted: ReadonlyMap<string, Date>;
  /** Old addresses and where they lead. */
  redirects: unknown;
}

/**
 * The pages' cache key, or `undefined` when some entry has no digest: then nothing can be proved
 * unchanged, and every page renders.
 */
export function pageCacheKey(inputs: CacheKeyInputs): string | undefined {
  if (inputs.entries.some((e) => e.digest === undefined)) return undefined;
  const hash = createHash('sha256');
  const line = (...parts: unknown[]) => hash.update(JSON.stringify(parts)).update('\n');
  line('v', KEY_VERSION);
  const entries = inputs.entries
    .map((e) => [e.collection, e.id, String(e.digest), e.filePath ?? ''] as const)
    .sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
  for (const entry of entries) line('entry', ...entry);
  for (const u of [...inputs.unpublished].sort((a, b) => a.filePath.localeCompare(b.filePath)))
    line('unpublished', u.filePath, u.reason);
  line('visibility', inputs.visibility);
  for (const [file, date] of [...inputs.lastCommitted].sort(([a], [b]) => a.localeCompare(b)))
    line('committed', file, date.toISOString());
  line('redirects', inputs.redirects);
  return hash.digest('hex').slice(0, 32);
}

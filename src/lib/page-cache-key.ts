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
 * none.
 *
 * Story pages, most of the site, have a key of their own instead (`storyPageKey`, below), from the
 * entries that page shows: one changed story renders again its own page, the pages of the stories
 * that show it, and every page that is not a story page.
 *
 * Pure: the caller passes what it read.
 */

/** Bumped whenever what goes into the key changes, so that no key of an older scheme can match. */
const KEY_VERSION = 2;

/** A key built line by line: each line a JSON array, the key the first 32 hex digits of their SHA-256. */
function keyHash() {
  const hash = createHash('sha256');
  return {
    line: (...parts: unknown[]) => void hash.update(JSON.stringify(parts)).update('\n'),
    key: () => hash.digest('hex').slice(0, 32),
  };
}

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
  const { line, key } = keyHash();
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
  return key();
}

/** A content file, and the content layer's digest of it (`undefined` when the entry has none). */
export type Digests = ReadonlyMap<string, string | number | undefined>;

/** An entry a story page shows, as the site model holds it. */
interface Shown {
  filePath: string;
}

/** A story, with the links of the site model (src/lib/site-model.ts) that its page follows. */
export interface StoryPageShows {
  filePath: string;
  /** Shown as a notice on draft and scheduled stories. */
  state: string;
  translation?: Shown;
  older?: Shown;
  newer?: Shown;
  related: readonly Shown[];
}

export interface StoryKeyContext {
  digests: Digests;
  /** "Last updated" dates from git, by file: a story page shows its own, and no other's. */
  lastCommitted: ReadonlyMap<string, Date>;
  /** How drafts and scheduled entries are shown. */
  visibility: unknown;
  /**
   * Entries any story page may show, whatever it links to: every principle (a story may cite any of
   * them inline with `<Principle id>`, and its cards show the principles of the stories they list)
   * and every author. A change to one of them renders every story page again.
   */
  shared: readonly string[];
}

/**
 * The key of one story page: it renders again when its own entry, its translation, the stories
 * before and after it, its related stories (their cards: title, description, date, reading time,
 * principles) or any principle or author changed, or when which stories those are changed (a story
 * published, moved in time, citing other principles). Each entry counts whole, by the digest of its
 * file, so that a change to any field of a story the page shows renders it again, whether or not the
 * page shows that field.
 *
 * What the page shows is read from the links its components follow (`stories/[slug].astro`,
 * `StoryHeader`, `StoryFooter`, `StoryCard`, `<Principle>`); a component that starts showing another
 * entry must add it here. `tests/build/incremental.test.ts` changes a story's title and fails if any
 * page of the rebuilt site still shows the old one.
 *
 * `shared` is `sharedStoryKey(context)`. `undefined` when an entry the page shows has no digest:
 * then the page always renders.
 */
export function storyPageKey(story: StoryPageShows, context: StoryKeyContext, shared: string): string | undefined {
  const shown: [role: string, file: string][] = [['self', story.filePath]];
  if (story.translation) shown.push(['translation', story.translation.filePath]);
  if (story.older) shown.push(['older', story.older.filePath]);
  if (story.newer) shown.push(['newer', story.newer.filePath]);
  for (const r of story.related) shown.push(['related', r.filePath]);
  const { line, key } = keyHash();
  line('v', KEY_VERSION, 'story', shared);
  line('visibility', context.visibility, story.state);
  line('committed', context.lastCommitted.get(story.filePath)?.toISOString() ?? '');
  for (const [role, file] of shown) {
    const digest = context.digests.get(file);
    if (digest === undefined) return undefined;
    line(role, file, String(digest));
  }
  return key();
}

/**
 * The part of every story page's key that they all share: the digests of `context.shared`, hashed
 * once rather than once a story. `undefined` when one of them has no digest.
 */
export function sharedStoryKey(context: StoryKeyContext): string | undefined {
  const { line, key } = keyHash();
  for (const file of [...context.shared].sort()) {
    const digest = context.digests.get(file);
    if (digest === undefined) return undefined;
    line(file, String(digest));
  }
  return key();
}

/** Every story page's key, by `Story.key` (`ja/my-first-month`); stories with none are left out. */
export function storyPageKeys(
  stories: Iterable<StoryPageShows & { key: string }>,
  context: StoryKeyContext,
): Map<string, string> {
  const keys = new Map<string, string>();
  const shared = sharedStoryKey(context);
  if (shared === undefined) return keys;
  for (const story of stories) {
    const key = storyPageKey(story, context, shared);
    if (key !== undefined) keys.set(story.key, key);
  }
  return keys;
}

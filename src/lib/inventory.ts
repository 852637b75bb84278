import type { ContentProblem } from './content-error';
import { LANGS, otherLang, type Lang } from './i18n';
import type { Redirect } from './redirects';
import type { SiteModel, Unpublished } from './site-model';
import { urls } from './urls';

/**
 * What a production build published, and what it did not and why: written to `dist/manifest.json`
 * after every build (`src/integrations/inventory.ts`). The build fails when a content file on disk
 * is in neither list, so that no story silently disappears: a file the content loader skipped
 * (`.md` instead of `.mdx`, a name starting with `_`), or two files whose ids collide.
 */

export type Collection = 'principles' | 'stories' | 'authors';

export interface ManifestEntry {
  /** The content file, from the repository root. */
  file: string;
  collection: Collection;
  lang: Lang;
  /** The id (principles, authors) or slug (stories). */
  id: string;
  /** The page's site path. */
  url: string;
  /** The same entry's page in the other language, when there is one. */
  twin?: string;
}

export interface Manifest {
  /** Every page an entry has, by file then language. */
  published: ManifestEntry[];
  /** Content files left out of this build and why. Only paths and reasons: no draft's title. */
  unpublished: { file: string; reason: Unpublished['reason'] }[];
  /** Old addresses and where they lead. */
  redirects: { from: string; to: string }[];
}

const byFileThenLang = (a: ManifestEntry, b: ManifestEntry) =>
  a.file.localeCompare(b.file) || a.lang.localeCompare(b.lang) || a.url.localeCompare(b.url);

/** The manifest of a site model: what its pages will be. */
export function siteManifest<PE, SE>(site: SiteModel<PE, SE>, redirects: readonly Redirect[]): Manifest {
  const published: ManifestEntry[] = [];
  for (const lang of LANGS) {
    const other = otherLang(lang);
    for (const p of site.langs[lang].principles) {
      published.push({
        file: p.filePath,
        collection: 'principles',
        lang,
        id: p.id,
        url: urls.principle(lang, p.id),
        ...(p.translation && { twin: urls.principle(other, p.id) }),
      });
    }
    for (const s of site.langs[lang].stories) {
      published.push({
        file: s.filePath,
        collection: 'stories',
        lang,
        id: s.slug,
        url: urls.story(lang, s.slug),
        ...(s.translation && { twin: urls.story(other, s.slug) }),
      });
    }
    // One author file gives a page in each language.
    for (const a of site.authors) {
      published.push({
        file: a.filePath,
        collection: 'authors',
        lang,
        id: a.id,
        url: urls.author(lang, a.id),
        twin: urls.author(other, a.id),
      });
    }
  }
  return {
    published: published.sort(byFileThenLang),
    unpublished: site.unpublished.map((u) => ({ file: u.filePath, reason: u.reason })),
    redirects: redirects.map(({ from, to }) => ({ from, to })),
  };
}

/** Each collection's folder and the one extension its loader reads (`src/content.config.ts`). */
export const CONTENT_FOLDERS: Record<Collection, { dir: string; ext: string }> = {
  principles: { dir: 'content/principles/', ext: '.mdx' },
  stories: { dir: 'content/stories/', ext: '.mdx' },
  authors: { dir: 'content/authors/', ext: '.yaml' },
};

/** Extensions of files that are meant as entries, right or wrong; others (images…) sit beside them. */
const ENTRY_LIKE = /\.(mdx|md|markdown|mdoc|ya?ml|json|toml)$/i;

/** Files that editors and operating systems leave behind; never content. */
const IGNORED_NAMES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitkeep']);

/** Of the files under `content/`, the ones that should each become an entry. */
export function contentFiles(paths: readonly string[]): string[] {
  return paths
    .filter((p) => {
      const name = p.slice(p.lastIndexOf('/') + 1);
      if (IGNORED_NAMES.has(name)) return false;
      return Object.values(CONTENT_FOLDERS).some((c) => p.startsWith(c.dir)) && ENTRY_LIKE.test(name);
    })
    .sort();
}

/** Why the loader would not have read a file, for the error that names it. */
function whyMissing(file: string, accounted: readonly string[]): { message: string; hint: string } {
  const collection = (Object.keys(CONTENT_FOLDERS) as Collection[]).find((c) =>
    file.startsWith(CONTENT_FOLDERS[c].dir),
  )!;
  const { dir, ext } = CONTENT_FOLDERS[collection];
  const name = file.slice(file.lastIndexOf('/') + 1);
  const stem = name.replace(/\.[^.]+$/, '');
  if (!name.endsWith(ext)) {
    return {
      message: `is not a ${ext} file, so the ${collection} collection does not read it and it is not on the site.`,
      hint: `rename it to ${stem}${ext}`,
    };
  }
  if (stem.startsWith('_') || stem.startsWith('.')) {
    return {
      message: `starts with "${stem[0]}", so the content loader skips it and it is not on the site.`,
      hint: `rename it to ${stem.replace(/^[_.]+/, '')}${ext}, or move it out of ${dir} if it is not content`,
    };
  }
  // The loader turns a file name into an id (lowercase, spaces to hyphens); a second file with the
  // same id replaces the first.
  const id = (path: string) =>
    path
      .replace(/\.[^./]+$/, '')
      .toLowerCase()
      .replace(/[\s_]+/g, '-');
  const twin = accounted.find((other) => other !== file && id(other) === id(file));
  if (twin) {
    return {
      message: `has the same id as ${twin}, so only one of the two is on the site.`,
      hint: 'rename one of them; ids are file names in lowercase, with hyphens for spaces',
    };
  }
  return {
    message: 'was not read as an entry, so it is not on the site.',
    hint: `file names must be lowercase words joined by hyphens, such as ${dir}ja/my-first-month${ext}`,
  };
}

export interface InventoryInput {
  manifest: Manifest;
  /** Every file under `content/`, from the repository root. */
  files: readonly string[];
  /** Site paths of the pages the build wrote, such as `/stories/x/`. */
  builtPages: ReadonlySet<string>;
}

/**
 * Everything that does not add up: a content file neither published nor left out for a reason, or
 * a published entry whose page was not written.
 */
export function checkInventory({ manifest, files, builtPages }: InventoryInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const accounted = new Set([...manifest.published.map((e) => e.file), ...manifest.unpublished.map((u) => u.file)]);
  for (const file of contentFiles(files)) {
    if (!accounted.has(file)) problems.push({ file, ...whyMissing(file, [...accounted]) });
  }
  for (const e of manifest.published) {
    if (!builtPages.has(e.url)) {
      problems.push({
        file: e.file,
        message: `should be published at ${e.url}, but the build wrote no page there.`,
        hint: 'this is a bug in Shishin, not in the file: please report it',
      });
    }
  }
  return problems;
}

/** A one-line summary for the build log. */
export function summarize(manifest: Manifest): string {
  const files = new Set(manifest.published.map((e) => e.file));
  const reasons = new Map<string, number>();
  for (const u of manifest.unpublished) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  const left = [...reasons]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([r, n]) => `${n} ${r}`)
    .join(', ');
  return (
    `${files.size} content files published as ${manifest.published.length} pages` +
    (manifest.unpublished.length > 0 ? `; ${manifest.unpublished.length} left out (${left})` : '') +
    (manifest.redirects.length > 0 ? `; ${manifest.redirects.length} redirects` : '')
  );
}

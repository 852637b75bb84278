import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSiteModel, type SiteModel } from '../lib/site-model';
import { parseLangPath } from '../lib/content-ids';
import { readGitHistory, type GitHistory } from '../lib/git-history';
import { LANGS, type Lang } from '../lib/i18n';
import { pageCacheKey, storyPageKeys } from '../lib/page-cache-key';
import { buildOptions } from '../lib/publication';
import { siteManifest } from '../lib/inventory';
import { siteRedirects, type Redirect } from '../lib/redirects';
import { reportCards, reportManifest } from './build-report';
import { cardJobs } from './og-images';

/**
 * The one module that reads the content collections. Pages ask it for the site model and never call
 * `getCollection` themselves.
 *
 * The model is built once per process and shared by every page: reading and cross-checking every
 * entry per page would make each page's cost grow with the size of the site. In `astro dev` the
 * collections change under us, so there it is rebuilt on every request instead.
 */
export type Site = SiteModel<CollectionEntry<'principles'>, CollectionEntry<'stories'>>;

async function load(): Promise<Site> {
  const [principles, stories, authors, guide] = await Promise.all([
    getCollection('principles'),
    getCollection('stories'),
    getCollection('authors'),
    getCollection('guide'),
  ]);
  const options = buildOptions(process.env, import.meta.env.DEV);
  const principleEntries = principles.map((e) => withPath(e));
  const storyEntries = stories.map((e) => withPath(e));
  const authorEntries = authors.map((e) => ({ id: e.id, filePath: authorPath(e), data: e.data, digest: e.digest }));
  const site: Site = buildSiteModel({
    principles: principleEntries,
    stories: storyEntries,
    authors: authorEntries,
    ...options,
    readSource: (file) => readFileSync(file, 'utf8'),
    lastCommitted: gitHistory().dates,
  });
  for (const u of site.unpublished) {
    console.info(`[shishin] not published (${u.reason}): ${u.filePath}`);
  }
  if (!import.meta.env.DEV) {
    site.cacheKey = pageCacheKey({
      entries: [...principles, ...stories, ...authors, ...guide],
      unpublished: site.unpublished,
      visibility: options.visibility,
      lastCommitted: gitHistory().dates,
      redirects: getRedirects(site),
    });
    site.storyCacheKeys = storyPageKeys(
      LANGS.flatMap((lang) => site.langs[lang].stories),
      {
        digests: new Map([...principleEntries, ...storyEntries, ...authorEntries].map((e) => [e.filePath, e.digest])),
        lastCommitted: gitHistory().dates,
        visibility: options.visibility,
        shared: [...principleEntries, ...authorEntries].map((e) => e.filePath),
      },
    );
    // For the inventory at the end of the build (src/integrations/inventory.ts).
    reportManifest(siteManifest(site, getRedirects(site)));
    // The social cards start drawing now, beside the pages (src/integrations/social-cards.ts).
    reportCards(cardJobs(site), true);
  }
  return site;
}

const authorPath = (e: CollectionEntry<'authors'>) => e.filePath ?? `content/authors/${e.id}.yaml`;

function withPath<E extends CollectionEntry<'principles' | 'stories'>>(entry: E): E & { filePath: string } {
  return Object.assign(entry, { filePath: entry.filePath ?? entry.id });
}

const redirectsCache = new WeakMap<Site, Redirect[]>();

/** Old addresses of renamed entries (`redirectFrom`), checked against the live pages. */
export function getRedirects(site: Site): Redirect[] {
  let r = redirectsCache.get(site);
  if (!r) {
    r = siteRedirects(site, (file) => readFileSync(file, 'utf8'));
    redirectsCache.set(site, r);
  }
  return r;
}

let cached: Promise<Site> | undefined;
let history: GitHistory | undefined;

/** Git history is read once per process, even in `astro dev` where the model is rebuilt per request. */
function gitHistory(): GitHistory {
  if (!history) {
    history = readGitHistory(process.cwd());
    if (history.unavailable) console.info(`[shishin] "last updated" falls back to updatedDate: ${history.unavailable}`);
  }
  return history;
}

export function getSite(): Promise<Site> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}

/** A page of the guide for authors, with its file for "edit this page". */
export interface GuidePage {
  lang: Lang;
  slug: string;
  entry: CollectionEntry<'guide'>;
  filePath: string;
  lastUpdated?: Date;
}

/** The guide's pages, by language and `order`. Built on every call: the guide is a handful of pages. */
export async function getGuide(): Promise<GuidePage[]> {
  const pages: GuidePage[] = [];
  for (const entry of await getCollection('guide')) {
    const parsed = parseLangPath(entry.id);
    if (!parsed)
      throw new Error(
        `${entry.filePath ?? entry.id}: a guide page must sit in content/guide/ja/ or content/guide/en/.`,
      );
    const filePath = entry.filePath ?? `content/guide/${entry.id}.mdx`;
    pages.push({ ...parsed, entry, filePath, lastUpdated: gitHistory().dates.get(filePath) });
  }
  return pages.sort(
    (a, b) => (a.entry.data.order ?? Infinity) - (b.entry.data.order ?? Infinity) || a.slug.localeCompare(b.slug),
  );
}

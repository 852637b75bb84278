import { ContentError, type ContentProblem } from './content-error';
import { LANGS, type Lang } from './i18n';
import type { SiteModel } from './site-model';
import { frontmatterPosition } from './source-position';
import { urls } from './urls';

/**
 * Old URLs that keep working after a rename. A principle or story lists its old slugs or paths in
 * `redirectFrom`; each becomes a static page that sends the reader to the entry's page (a meta
 * refresh with a canonical link, which every static host serves without configuration).
 */

export interface Redirect {
  /** The old site path, such as `/stories/old-name/`. */
  from: string;
  /** The entry's page. */
  to: string;
  /** The content file that asked for it. */
  file: string;
}

/** An entry that may have old addresses. */
export interface RedirectOwner {
  collection: 'principles' | 'stories';
  lang: Lang;
  file: string;
  url: string;
  redirectFrom: readonly string[];
}

/** The old URL an entry of `redirectFrom` stands for: a slug in the owner's folder, or a site path. */
export function redirectSourcePath(owner: Pick<RedirectOwner, 'collection' | 'lang'>, entry: string): string {
  if (entry.startsWith('/')) return entry.endsWith('/') ? entry : `${entry}/`;
  return owner.collection === 'principles' ? urls.principle(owner.lang, entry) : urls.story(owner.lang, entry);
}

/**
 * Every redirect, sorted by its old path. Fails with every problem at once when an old path is the
 * address of a live page (the redirect would hide it) or when two entries claim the same old path.
 */
export function buildRedirects(
  owners: readonly RedirectOwner[],
  liveUrls: ReadonlySet<string>,
  readSource?: (file: string) => string,
): Redirect[] {
  const problems: ContentProblem[] = [];
  const at = (file: string, value: string) => {
    let source = '';
    try {
      source = readSource?.(file) ?? '';
    } catch {
      // Without the text the problem still names the file.
    }
    return { file, ...frontmatterPosition(source, 'redirectFrom', value) };
  };
  const byFrom = new Map<string, Redirect>();
  for (const owner of owners) {
    for (const entry of owner.redirectFrom) {
      const from = redirectSourcePath(owner, entry);
      if (from === owner.url) {
        problems.push({
          ...at(owner.file, entry),
          message: `redirectFrom names "${entry}", which is this entry's own address.`,
          hint: 'list only the old slugs or paths this entry used to have',
        });
      } else if (liveUrls.has(from)) {
        problems.push({
          ...at(owner.file, entry),
          message: `redirectFrom names "${entry}", but ${from} is the address of another page.`,
          hint: 'remove it, or rename the page that lives there first',
        });
      } else {
        const other = byFrom.get(from);
        if (other) {
          problems.push({
            ...at(owner.file, entry),
            message: `redirectFrom names "${entry}", which ${other.file} also claims (${from}).`,
            hint: 'an old address can lead to one page only: keep it in one of the two files',
          });
        } else {
          byFrom.set(from, { from, to: owner.url, file: owner.file });
        }
      }
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return [...byFrom.values()].sort((a, b) => a.from.localeCompare(b.from));
}

/** The principles and stories of the site model that may have old addresses, with their URLs. */
export function redirectOwners<PE, SE>(site: SiteModel<PE, SE>): RedirectOwner[] {
  return LANGS.flatMap((lang) => [
    ...site.langs[lang].principles.map((p) => ({
      collection: 'principles' as const,
      lang,
      file: p.filePath,
      url: urls.principle(lang, p.id),
      // `?? []`: Astro's data store can hold entries parsed before the field existed.
      redirectFrom: p.data.redirectFrom ?? [],
    })),
    ...site.langs[lang].stories.map((s) => ({
      collection: 'stories' as const,
      lang,
      file: s.filePath,
      url: urls.story(lang, s.slug),
      redirectFrom: s.data.redirectFrom ?? [],
    })),
  ]);
}

/** Addresses of the site's pages that a redirect must never shadow. */
export function liveUrls<PE, SE>(site: SiteModel<PE, SE>): Set<string> {
  const live = new Set<string>();
  for (const lang of LANGS) {
    const l = site.langs[lang];
    for (const u of [urls.home(lang), urls.principles(lang), urls.stories(lang), urls.authors(lang), urls.tags(lang)]) {
      live.add(u);
    }
    for (const p of l.principles) live.add(urls.principle(lang, p.id));
    for (const s of l.stories) live.add(urls.story(lang, s.slug));
    for (const k of l.kinds.keys()) live.add(urls.kind(lang, k));
    for (const t of l.tags.keys()) live.add(urls.tag(lang, t));
    for (const a of site.authors) live.add(urls.author(lang, a.id));
  }
  return live;
}

/** The redirects of a site model. */
export function siteRedirects<PE, SE>(site: SiteModel<PE, SE>, readSource?: (file: string) => string): Redirect[] {
  return buildRedirects(redirectOwners(site), liveUrls(site), readSource);
}

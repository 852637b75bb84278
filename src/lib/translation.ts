import { DEFAULT_LANG, type Lang } from './i18n';

/**
 * Which side of a translated pair is the original, and whether the translation has fallen behind it.
 *
 * The dates come from the frontmatter (`updatedDate`, else `pubDate`), not from git history: a
 * typo fix in the original is a commit too, and flagging every translation after one would teach
 * readers to ignore the notice. `updatedDate` is the author's own "changed in substance".
 */
export interface Dated {
  lang: Lang;
  data: { pubDate: Date; updatedDate?: Date | undefined };
}

/** The last day the entry changed in substance. */
export const lastChanged = (e: Dated): Date => e.data.updatedDate ?? e.data.pubDate;

/** The original is the one published first; on the same day, the site's default language. */
export function originalOf<T extends Dated>(a: T, b: T): T {
  const diff = a.data.pubDate.getTime() - b.data.pubDate.getTime();
  if (diff !== 0) return diff < 0 ? a : b;
  return a.lang === DEFAULT_LANG ? a : b;
}

/** For the page of `entry`: the original it should link to, when `entry` is a translation older than it. */
export function staleOriginal<T extends Dated>(entry: T, translation: T | undefined): T | undefined {
  if (!translation) return undefined;
  const original = originalOf(entry, translation);
  if (original === entry) return undefined;
  return lastChanged(entry).getTime() < lastChanged(original).getTime() ? original : undefined;
}

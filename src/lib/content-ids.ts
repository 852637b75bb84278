import { isLang, type Lang } from './i18n';

/**
 * Splits a collection entry id such as `ja/dont-build-unused` (the path under
 * `content/principles/` without its extension) into its language and slug.
 * Returns undefined when the entry does not sit in a language folder.
 */
export function parseLangPath(id: string): { lang: Lang; slug: string } | undefined {
  const slash = id.indexOf('/');
  if (slash < 0) return undefined;
  const lang = id.slice(0, slash);
  const slug = id.slice(slash + 1);
  if (!isLang(lang) || slug.length === 0 || slug.includes('/')) return undefined;
  return { lang, slug };
}

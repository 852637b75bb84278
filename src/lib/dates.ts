import type { Lang } from './i18n';

/**
 * Dates in frontmatter are calendar days (midnight UTC), so they are formatted in UTC: the same day
 * on every machine, whatever its time zone.
 */
const FORMAT: Record<Lang, [locale: string, options: Intl.DateTimeFormatOptions]> = {
  ja: ['ja-JP', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }],
  en: ['en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }],
};

// Built on first use, not at import: the search page's script imports this module, and building a
// Japanese formatter is some 10–50 ms of the browser's main thread (loading its locale data), × 4
// on Lighthouse's mobile CPU, before the first result needs it (docs/search.md).
const formatters: Partial<Record<Lang, Intl.DateTimeFormat>> = {};

/** `2025年4月14日` in Japanese, `April 14, 2025` in English. */
export function formatDate(date: Date, lang: Lang): string {
  formatters[lang] ??= new Intl.DateTimeFormat(...FORMAT[lang]);
  return formatters[lang].format(date);
}

/** `2025-04-14`, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

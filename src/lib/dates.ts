import type { Lang } from './i18n';

/**
 * Dates in frontmatter are calendar days (midnight UTC), so they are formatted in UTC: the same day
 * on every machine, whatever its time zone.
 */
const formatters: Record<Lang, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

/** `2025年4月14日` in Japanese, `April 14, 2025` in English. */
export function formatDate(date: Date, lang: Lang): string {
  return formatters[lang].format(date);
}

/** `2025-04-14`, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

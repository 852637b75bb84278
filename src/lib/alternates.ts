import { DEFAULT_LANG, LANG_TAGS, otherLang, type Lang } from './i18n';

/** One `<link rel="alternate" hreflang>`. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * The hreflang links of a page that has a translation: one per language and `x-default`, which
 * points at the default language's version (Japanese), as search engines recommend for a site
 * whose language is chosen by path. A page without a translation gets none.
 */
export function alternateLinks(lang: Lang, here: string, translation: string | undefined): Alternate[] {
  if (!translation) return [];
  const byLang: Record<Lang, string> = { [lang]: here, [otherLang(lang)]: translation } as Record<Lang, string>;
  return [
    { hreflang: LANG_TAGS.ja, href: byLang.ja },
    { hreflang: LANG_TAGS.en, href: byLang.en },
    { hreflang: 'x-default', href: byLang[DEFAULT_LANG] },
  ];
}

/** `og:locale` values. */
export const OG_LOCALES: Record<Lang, string> = { ja: 'ja_JP', en: 'en_US' };

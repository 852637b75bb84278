/**
 * Languages of the site. Japanese is the default and is served at `/`; English at `/en/`.
 * The content folders use the same codes: `content/stories/ja/`, `content/stories/en/`.
 */
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ja';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The other language, for the language switcher and translation pairs. */
export function otherLang(lang: Lang): Lang {
  return lang === 'ja' ? 'en' : 'ja';
}

/** BCP 47 tags for `<html lang>`, `hreflang` and `Intl`. */
export const LANG_TAGS: Record<Lang, string> = { ja: 'ja', en: 'en' };

/** Names of the languages written in themselves, for the switcher. */
export const LANG_NAMES: Record<Lang, string> = { ja: '日本語', en: 'English' };

import { DEFAULT_LANG, isLang, type Lang } from '../lib/i18n';

/**
 * The author's language: `--lang ja|en`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else
 * the site's default, Japanese.
 */
export function authorLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  if (isLang(flag)) return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const code = locale.slice(0, 2).toLowerCase();
  return isLang(code) ? code : DEFAULT_LANG;
}

import type { AuthorData } from '../schemas/author';
import type { Lang } from './i18n';

/** An author's name as written in `lang`: `name_en` on English pages when given, else `name`. */
export function authorName(data: Pick<AuthorData, 'name' | 'name_en'>, lang: Lang): string {
  return lang === 'en' ? (data.name_en ?? data.name) : data.name;
}

/** The language the displayed name is written in, for `lang` on it when it differs from the page's. */
export function authorNameLang(data: Pick<AuthorData, 'name' | 'name_en'>, lang: Lang): Lang {
  return lang === 'en' && !data.name_en && /[\u3040-\u30ff\u3400-\u9fff]/.test(data.name) ? 'ja' : lang;
}

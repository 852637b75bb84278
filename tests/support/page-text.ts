/**
 * What a page says, for judging search results: the text of its `data-pagefind-body`, read from
 * `dist/` with our own parser and folded (NFKC, lower case) the way a reader's query is compared.
 */
import { readPage } from './dist';

const texts = new Map<string, string>();

/** Width and case folded, so `ＡＩ－ＯＣＲ` and `ai-ocr` compare equal. */
export const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** The searchable text of the built page at `url`. */
export function pageText(url: string): string {
  let text = texts.get(url);
  if (text === undefined) {
    const body = readPage(url).querySelector('[data-pagefind-body]');
    if (!body) throw new Error(`${url} has no [data-pagefind-body]: is it a principle or story page?`);
    for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
    text = fold(body.text);
    texts.set(url, text);
  }
  return text;
}

/** The terms the reader typed: the query split at spaces, folded, without quotes. */
export function typedTerms(query: string): string[] {
  return fold(query)
    .replace(/["“”「」]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

const LATIN_TERM = /^[\p{Script=Latin}\p{N}\p{P}\p{S}]+$/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` contains `term` as the reader would look for it: a Latin term at the start of a
 * word (`ocr` is in "AI-OCR", `ci` is not in "decide"), a Japanese term anywhere (no spaces).
 */
export function containsTerm(text: string, term: string): boolean {
  const folded = fold(text);
  if (!LATIN_TERM.test(term)) return folded.includes(term);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}`, 'u').test(folded);
}

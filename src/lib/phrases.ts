import { loadDefaultJapaneseParser, type Parser } from 'budoux';
import type { Lang } from './i18n';

/**
 * Japanese has no spaces, so a browser may break a heading in the middle of a word
 * (「使われないものを作ら / ない」). BudouX splits a sentence into phrases with a small model, at build
 * time; the page then lets lines break only between phrases (`<wbr>` and `word-break: keep-all`),
 * and social cards lay each phrase out as an unbreakable box. English text is one "phrase": spaces
 * already say where lines may break.
 */
let parser: Parser | undefined;

/**
 * Phrases already found, by text: a title is split on its own page, on its card and in every list
 * that shows it (about eight times a story), and BudouX was the costliest step of drawing a list.
 * Bounded by the number of titles and headings of the site.
 */
const known = new Map<string, readonly string[]>();

export function phrases(text: string, lang: Lang): string[] {
  if (lang !== 'ja' || !/[\u3040-\u30ff\u3400-\u9fff]/.test(text)) return [text];
  let found = known.get(text);
  if (!found) {
    parser ??= loadDefaultJapaneseParser();
    found = parser.parse(text);
    known.set(text, found);
  }
  // A copy: the caller may change its array without changing what the next caller gets.
  return [...found];
}

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

export function phrases(text: string, lang: Lang): string[] {
  if (lang !== 'ja' || !/[\u3040-\u30ff\u3400-\u9fff]/.test(text)) return [text];
  parser ??= loadDefaultJapaneseParser();
  return parser.parse(text);
}

import { stemmer } from 'stemmer';

/**
 * Query preparation for search: what the reader typed becomes the words Pagefind is asked for.
 *
 * Pagefind 1.6 does none of this itself in a way that is the same on every page: it segments
 * Japanese only when the page hosting the search box says `<html lang="ja">`, does not fold
 * full-width input, and a forced-`ja` index does not stem English. Each step below was measured
 * to raise recall on a mixed ja/en site (see docs/search.md and the team's research note).
 */

/** Words shorter than this are never stemmed, and a stem shorter than this is not used. */
const MIN_STEM_LENGTH = 3;

/** More words than this in one query are dropped from the partial-match fallback: one search per word. */
export const MAX_FALLBACK_WORDS = 8;

const KATAKANA_RUN = /^[\p{Script=Katakana}ー・]+$/u;
const LATIN_WORD = /^[\p{Script=Latin}\p{N}'’]+$/u;
const HIRAGANA_CHAR = /^\p{Script=Hiragana}$/u;
const KANJI_CHAR = /^\p{Script=Han}$/u;
const ENDS_IN_KANJI = /\p{Script=Han}$/u;
/** Unicode quotes that NFKC leaves alone but people type around phrases. */
const QUOTES = /[“”„‟«»「」『』]/g;

/** NFKC (ＡＩ－ＯＣＲ → AI-OCR, ｶﾀｶﾅ → カタカナ), lower case, one space between words. */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').replace(QUOTES, '"').toLowerCase().replace(/\s+/g, ' ').trim();
}

// One segmenter per process: building one is the expensive part. Not a hidden cache of results.
let segmenter: Intl.Segmenter | undefined;

/**
 * The words of one typed phrase (no spaces), segmented as Japanese whatever the page's language:
 * `Intl.Segmenter('ja')` is what Pagefind 1.6 uses at query time on Japanese pages, and close to the
 * ICU4X segmentation of the index. Katakana runs are kept whole (the browser splits some loanwords
 * into fragments such as `レイ/テン/シ` that the index does not hold), and Latin text is split at
 * punctuation (`ai-ocr` → `ai`, `ocr`), as the index does. (Pagefind's own query parsing drops
 * the hyphen instead, `ai-ocr` → `aiocr`, and then falls back to the indexed prefix `ai`.)
 */
export function segmentPhrase(phrase: string): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const words: string[] = [];
  let previousKatakana = false;
  for (const { segment, isWordLike } of segmenter.segment(phrase)) {
    if (!isWordLike) {
      previousKatakana = false;
      continue;
    }
    const katakana = KATAKANA_RUN.test(segment);
    if (katakana && previousKatakana) words[words.length - 1] += segment;
    else words.push(...segment.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean));
    previousKatakana = katakana;
  }
  return words;
}

/**
 * Whether punctuation separates two words of a typed phrase (`ai-ocr`, `ci/cd`, `a/bテスト`). The
 * index gives each such mark a position of its own (`AI-OCR` is `ai` at n, `ocr` at n + 2; measured
 * on Pagefind 1.6 with a forced-ja index), so a quoted query, which needs the words at consecutive
 * positions, can never match it. Apostrophes inside a word (`don't`) are part of the word.
 */
export function hasInnerPunctuation(phrase: string): boolean {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  let seenWord = false;
  let gap = false;
  for (const { segment, isWordLike } of segmenter.segment(phrase)) {
    if (isWordLike) {
      if (seenWord && gap) return true;
      seenWord = true;
      gap = false;
    } else if (/[^\s]/u.test(segment)) {
      gap = true;
    }
  }
  return false;
}

/**
 * An English word cut to its stem only where the stem is a prefix of it, because Pagefind matches
 * each query word as a prefix of indexed words: `building` → `build` finds build, builds, building;
 * but Porter's `deploy` → `deploi` would find nothing, so the common prefix `deplo` is used instead
 * when it is long enough.
 */
export function prefixStem(word: string): string {
  if (!LATIN_WORD.test(word) || word.length <= MIN_STEM_LENGTH) return word;
  const stem = stemmer(word);
  let common = 0;
  while (common < stem.length && common < word.length && stem[common] === word[common]) common++;
  return common >= MIN_STEM_LENGTH ? word.slice(0, common) : word;
}

/** One way of asking Pagefind, tried in order until one finds something. */
export type SearchPlan =
  /** The words at consecutive positions: a quoted Pagefind query. */
  | { kind: 'phrase'; term: string }
  /** Every word (Pagefind ANDs them). */
  | { kind: 'all'; term: string; words: string[] }
  /** Pages that match at least `minMatches` of `words`, each searched alone. Shown as partial matches. */
  | { kind: 'partial'; words: string[]; minMatches: number };

export interface PreparedQuery {
  /** The query after NFKC and case folding. */
  normalized: string;
  /** Every word, segmented, before stemming. */
  words: string[];
  plans: SearchPlan[];
}

/**
 * The plans for a query, most precise first:
 * 1. for one typed phrase of two or more words (`顧客体験`), or a query in quotes, the exact phrase:
 *    it drops compound false positives such as 顧客 … 体験談 (not when punctuation separates the
 *    words, as in `ai-ocr`: such a phrase is never at consecutive positions in the index);
 * 2. all words, stemmed;
 * 3. pages that match at least half of the words, each searched alone (a misspelt English word is
 *    retried as a shorter prefix), labelled partial.
 */
export function prepareQuery(raw: string): PreparedQuery {
  const normalized = normalizeQuery(raw);
  const quoted = /^".+"$/.test(normalized);
  const phrases = normalized.replace(/"/g, ' ').split(' ').filter(Boolean);
  const words = phrases.flatMap(segmentPhrase);
  const plans: SearchPlan[] = [];
  if (words.length === 0) return { normalized, words, plans };

  if ((quoted || phrases.length === 1) && words.length >= 2 && !phrases.some(hasInnerPunctuation)) {
    plans.push({ kind: 'phrase', term: `"${words.join(' ')}"` });
  }
  const searchWords = unique(contentWords(phrases).map(prefixStem));
  plans.push({ kind: 'all', term: searchWords.join(' '), words: searchWords });
  const fallback = searchWords.slice(0, MAX_FALLBACK_WORDS);
  plans.push({ kind: 'partial', words: fallback, minMatches: Math.ceil(fallback.length / 2) });
  return { normalized, words, plans };
}

/** The words of a phrase plan's term (`"顧客 体験"` → 顧客, 体験). */
export function phraseWords(term: string): string[] {
  return term.replace(/^"|"$/g, '').split(' ').filter(Boolean);
}

/**
 * The words to AND, per typed phrase: single hiragana (particles such as を, の) say nothing on their
 * own and are left out; a single kanji that ends a compound (請求/書, 創業/期) is kept on the word
 * before it, because alone it would match every word that starts with it (書く, 期待…), while as
 * part of the compound Pagefind matches the compound or, failing that, its longest indexed prefix.
 */
function contentWords(phrases: readonly string[]): string[] {
  const out: string[] = [];
  for (const phrase of phrases) {
    const words = segmentPhrase(phrase);
    const kept: string[] = [];
    for (const w of words) {
      const prev = kept.at(-1);
      if (KANJI_CHAR.test(w) && prev !== undefined && ENDS_IN_KANJI.test(prev)) kept[kept.length - 1] = prev + w;
      else if (!HIRAGANA_CHAR.test(w)) kept.push(w);
    }
    out.push(...(kept.length > 0 ? kept : words));
  }
  return out;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

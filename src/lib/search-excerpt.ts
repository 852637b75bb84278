import { normalizeQuery } from './search-query';

/**
 * Highlighting in search excerpts. Pagefind marks the indexed words it matched, which for a term the
 * reader typed whole are pieces or neighbours of it: `<mark>AI</mark>-<mark>OCR</mark>`, only `請求`
 * of 請求書 (the longest indexed prefix), `りき` of やりきる (a character pair), and for `a/b` every
 * word starting with `a`. So where the excerpt shows every term the reader typed, exactly those terms
 * are highlighted; otherwise (a stem, a typo) Pagefind's marks are kept beside them. Pieces joined by
 * a hyphen or slash become one highlight, and the space Pagefind puts inside a mark moves out of it.
 */

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Marks inside a term (`AI-OCR`, `CI/CD`, `A/B`, `R&D`, `Node.js`, `ユーザー・インタビュー`): one such
 * character between two highlighted words joins them. Spaces never do: `AI と OCR` stays two marks.
 */
const JOINER = /^[-‐‑–/・.&_+:]$/u;

/** The parts with adjacent highlights, and highlights joined by one in-term mark, merged into one. */
export function joinMarks(parts: readonly ExcerptPart[]): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  const push = (part: ExcerptPart) => {
    const last = out.at(-1);
    if (last && last.marked === part.marked) last.text += part.text;
    else out.push({ ...part });
  };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.text === '') continue;
    const prev = out.at(-1);
    const next = parts[i + 1];
    const joins = !part.marked && JOINER.test(part.text) && prev?.marked && /\S$/u.test(prev.text) && next?.marked;
    push(joins ? { text: part.text, marked: true } : part);
  }
  return out.flatMap(trimMark).reduce<ExcerptPart[]>((merged, part) => {
    const last = merged.at(-1);
    if (last && last.marked === part.marked) last.text += part.text;
    else merged.push(part);
    return merged;
  }, []);
}

/** A highlight ends at its last visible character: `<mark>OCR </mark>` → `<mark>OCR</mark> `. */
function trimMark(part: ExcerptPart): ExcerptPart[] {
  if (!part.marked) return [part];
  const text = part.text.trimEnd();
  if (text === '') return [{ text: part.text, marked: false }];
  return text === part.text
    ? [part]
    : [
        { text, marked: true },
        { text: part.text.slice(text.length), marked: false },
      ];
}

/** Shorter typed terms are not highlighted by us (`a` would light up every word starting with it). */
const MIN_TERM_LENGTH = 2;
const LATIN_TERM = /^[\p{Script=Latin}\p{N}\p{P}\p{S}]+$/u;
const LATIN_CHAR = /[\p{Script=Latin}\p{N}]/u;

/** The terms to highlight for a query: what the reader typed, split at spaces, NFKC and lower case. */
export function highlightTerms(query: string): string[] {
  return normalizeQuery(query)
    .replace(/"/g, ' ')
    .split(' ')
    .filter((t) => t.length >= MIN_TERM_LENGTH);
}

/**
 * The excerpt with the typed `terms` highlighted (see the top of this file). A Latin term matches
 * from the start of a word to the end of it (`build` lights up "building", as search found it);
 * any other term matches where it stands (Japanese has no spaces).
 */
export function highlight(parts: readonly ExcerptPart[], terms: readonly string[]): ExcerptPart[] {
  const text = parts.map((p) => p.text).join('');
  const lower = text.toLowerCase();
  // Lower-casing that changes the length (rare letters such as İ) would shift every position.
  if (lower.length !== text.length) return joinMarks(parts);
  const own = new Array<boolean>(text.length).fill(false);
  let everyTerm = true;
  for (const term of terms) {
    const latin = LATIN_TERM.test(term);
    let found = false;
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      if (latin && at > 0 && LATIN_CHAR.test(lower[at - 1]!)) continue;
      let end = at + term.length;
      if (latin) while (end < lower.length && LATIN_CHAR.test(lower[end]!)) end++;
      own.fill(true, at, end);
      found = true;
    }
    everyTerm &&= found;
  }
  const pagefind = parts.flatMap((p) => new Array<boolean>(p.text.length).fill(p.marked));
  const marked = everyTerm && terms.length > 0 ? own : own.map((m, i) => m || pagefind[i]!);
  const out: ExcerptPart[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = out.at(-1);
    if (last && last.marked === marked[i]) last.text += text[i];
    else out.push({ text: text[i]!, marked: marked[i]! });
  }
  return joinMarks(out);
}

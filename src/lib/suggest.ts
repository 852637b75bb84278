import { distance } from 'fastest-levenshtein';

/** At most this many suggestions follow "did you mean". */
const MAX_SUGGESTIONS = 3;

/**
 * The valid ids nearest to a mistyped one, for "did you mean …" hints.
 * An id counts as near when its edit distance is at most a third of the longer id's length
 * (at least 2), or when one contains the other.
 */
export function nearest(wrong: string, valid: Iterable<string>): string[] {
  const needle = wrong.toLowerCase();
  const scored: { id: string; score: number }[] = [];
  for (const id of valid) {
    const d = distance(needle, id.toLowerCase());
    const limit = Math.max(2, Math.floor(Math.max(needle.length, id.length) / 3));
    const contains = needle.length >= 3 && (id.includes(needle) || needle.includes(id));
    if (d <= limit || contains) scored.push({ id, score: contains ? Math.min(d, limit) : d });
  }
  scored.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
  return scored.slice(0, MAX_SUGGESTIONS).map((s) => s.id);
}

/** "Did you mean "a" or "b"?", or an empty string when nothing is near. */
export function didYouMean(wrong: string, valid: Iterable<string>): string {
  const near = nearest(wrong, valid).map((id) => `"${id}"`);
  if (near.length === 0) return '';
  const list = near.length === 1 ? near[0] : `${near.slice(0, -1).join(', ')} or ${near.at(-1)}`;
  return `Did you mean ${list}?`;
}

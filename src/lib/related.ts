/**
 * Related stories: those sharing the most principles, then the most tags, then the nearest in time.
 *
 * Comparing every story with every other is O(n²) and was the slowest part of large builds in other
 * generators. Instead each principle and tag keeps its stories sorted by date, and a story only looks
 * at the `window` stories nearest in time on each of its lists. The work per story is then bounded by
 * its number of principles and tags, not by the size of the site.
 */
export interface Relatable {
  key: string;
  principles: readonly string[];
  tags: readonly string[];
  /** Publication time in ms; nearer stories win ties. */
  time: number;
}

export const RELATED_COUNT = 3;
export const RELATED_WINDOW = 24;

function lowerBound(list: readonly Relatable[], time: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function postingLists<T extends Relatable>(stories: readonly T[]): Map<string, T[]> {
  const lists = new Map<string, T[]>();
  for (const s of stories) {
    for (const k of [...s.principles.map((p) => `p:${p}`), ...s.tags.map((t) => `t:${t}`)]) {
      let list = lists.get(k);
      if (!list) lists.set(k, (list = []));
      list.push(s);
    }
  }
  for (const list of lists.values()) list.sort((a, b) => a.time - b.time || a.key.localeCompare(b.key));
  return lists;
}

function countShared(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}

export function relatedStories<T extends Relatable>(
  stories: readonly T[],
  count = RELATED_COUNT,
  window = RELATED_WINDOW,
): Map<string, T[]> {
  const lists = postingLists(stories);
  const result = new Map<string, T[]>();
  for (const story of stories) {
    const candidates = new Set<T>();
    for (const k of [...new Set(story.principles)]
      .map((p) => `p:${p}`)
      .concat([...new Set(story.tags)].map((t) => `t:${t}`))) {
      const list = lists.get(k)!;
      const at = lowerBound(list, story.time);
      for (let i = Math.max(0, at - window); i < Math.min(list.length, at + window + 1); i++) {
        if (list[i] !== story) candidates.add(list[i]!);
      }
    }
    const ranked = [...candidates]
      .map((c) => ({
        c,
        p: countShared(story.principles, c.principles),
        t: countShared(story.tags, c.tags),
        d: Math.abs(c.time - story.time),
      }))
      .sort((a, b) => b.p - a.p || b.t - a.t || a.d - b.d || a.c.key.localeCompare(b.c.key));
    result.set(
      story.key,
      ranked.slice(0, count).map((r) => r.c),
    );
  }
  return result;
}

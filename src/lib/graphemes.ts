/**
 * The characters of `text` as a reader counts them (grapheme clusters: "👍🏽" and "が" written as
 * か + ゛ are one each), for the social card's layout and its missing-glyph check. One segmenter
 * for the process: building one is the costly part.
 */
let segmenter: Intl.Segmenter | undefined;

export function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

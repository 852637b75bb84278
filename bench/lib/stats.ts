/** Small statistics for noisy timings: medians of runs, and ratios taken pair by pair. */

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Shishin / baseline for each pair of runs made back to back. On a shared machine the load drifts
 * over minutes; a ratio of two runs taken seconds apart cancels most of it, a ratio of two medians
 * taken at different moments does not.
 */
export function pairRatios(ours: readonly number[], theirs: readonly number[]): number[] {
  const n = Math.min(ours.length, theirs.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) if (theirs[i]! > 0) ratios.push(ours[i]! / theirs[i]!);
  return ratios;
}

export const fmtMs = (ms: number | undefined) =>
  ms === undefined
    ? 'n/a'
    : ms >= 10_000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : `${Math.round(ms)} ms`;

export const fmtBytes = (b: number | undefined) =>
  b === undefined
    ? 'n/a'
    : b >= 1024 ** 3
      ? `${(b / 1024 ** 3).toFixed(2)} GB`
      : b >= 1024 ** 2
        ? `${(b / 1024 ** 2).toFixed(1)} MB`
        : `${(b / 1024).toFixed(1)} KB`;

export const fmtRatio = (r: number | undefined) => (r === undefined ? 'n/a' : `${r.toFixed(2)}×`);

import type { Lang } from '../lib/i18n';

/**
 * A finding of `npm run check`, said in both languages so that the report speaks the author's.
 * Errors fail the check; warnings and notices are shown and let it pass.
 */
export type Severity = 'error' | 'warning' | 'notice';

/** The same sentence in Japanese and English. */
export type Text = Record<Lang, string>;

export interface CheckProblem {
  /** Path from the repository root, with `/`: `content/stories/ja/hello.mdx`. */
  file: string;
  /** 1-based line; 1 when the problem is the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: Severity;
  /** The rule that found it, such as `links`. */
  rule: string;
  message: Text;
  hint?: Text;
}

/** Builds a problem; rules call this so that every problem has a line and a column. */
export function problem(
  rule: string,
  severity: Severity,
  file: string,
  at: { line?: number; column?: number } | undefined,
  message: Text,
  hint?: Text,
): CheckProblem {
  return {
    file,
    line: at?.line ?? 1,
    column: at?.column ?? 1,
    severity,
    rule,
    message,
    ...(hint ? { hint } : {}),
  };
}

/** "もしかして「a」または「b」？" / "Did you mean "a" or "b"?", or undefined when nothing is near. */
export function didYouMeanText(near: readonly string[]): Text | undefined {
  if (near.length === 0) return undefined;
  const en = near.map((n) => `"${n}"`);
  return {
    ja: `もしかして${near.map((n) => `「${n}」`).join('または')}？`,
    en: `Did you mean ${en.length === 1 ? en[0] : `${en.slice(0, -1).join(', ')} or ${en.at(-1)}`}?`,
  };
}

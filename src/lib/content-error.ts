/**
 * A problem in a content file, written for the person who wrote the file:
 * where it is, what is wrong, and how to fix it.
 */
export interface ContentProblem {
  /** Path relative to the repository root, such as `content/stories/ja/hello.mdx`. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /**
   * What kind of problem this is, with the values its message names, so that `npm run check` can
   * say it in the author's language. The English `message` stays the one shown by the build.
   */
  code?: ContentProblemCode;
  params?: Readonly<Record<string, string>>;
}

/** The kinds of cross-reference problem the site model finds. */
export type ContentProblemCode =
  'not-in-lang-folder' | 'supersedes-itself' | 'unknown-successor' | 'unknown-principle' | 'unknown-author';

/** `file:line:column`, leaving out what is not known. */
export function location(p: Pick<ContentProblem, 'file' | 'line' | 'column'>): string {
  if (p.line === undefined) return p.file;
  return p.column === undefined ? `${p.file}:${p.line}` : `${p.file}:${p.line}:${p.column}`;
}

/** One problem as a compiler would print it: `file:line:col  message  (hint)`. */
export function formatProblem(p: ContentProblem): string {
  return p.hint ? `${location(p)}  ${p.message}  (${p.hint})` : `${location(p)}  ${p.message}`;
}

/**
 * Thrown when the content cannot be published as it is. The message lists every problem,
 * so that an author fixes them all in one go rather than one build at a time.
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `Shishin found ${count} in the content; fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** 1-based line and column of a character offset in a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Finds where things sit in a content file's text, so that errors found on parsed data can still
 * point at a line. Only used when there is an error to report.
 */

export interface Position {
  line: number;
  column: number;
}

function frontmatterLines(source: string): { lines: string[]; end: number } {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { lines, end: 0 };
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  return { lines, end: close < 0 ? lines.length : close };
}

/**
 * Position of a frontmatter field, or of one value inside it (`principles: [a, b]` or a YAML list
 * below the key). Undefined when the field is not written in the file.
 */
export function frontmatterPosition(source: string, field: string, value?: string): Position | undefined {
  const { lines, end } = frontmatterLines(source);
  const keyPattern = new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  const keyLine = lines.findIndex((l, i) => i < end && keyPattern.test(l));
  if (keyLine < 0) return undefined;
  if (value === undefined) return { line: keyLine + 1, column: 1 };
  for (let i = keyLine; i < end; i++) {
    if (i > keyLine && /^\S/.test(lines[i]!)) break; // the next top-level key
    const col = lines[i]!.indexOf(value, i === keyLine ? field.length + 1 : 0);
    if (col >= 0) return { line: i + 1, column: col + 1 };
  }
  return { line: keyLine + 1, column: 1 };
}

/** How many lines come before the body (the frontmatter and its fences), to turn body lines into file lines. */
export function bodyLineOffset(source: string): number {
  const { end } = frontmatterLines(source);
  return end === 0 ? 0 : end + 1;
}

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

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

/**
 * Position of the value at a field path (`['links', 0, 'url']`) in a YAML text — a whole author file,
 * or the frontmatter of an MDX file when `frontmatter` is true. Falls back to the nearest written
 * parent, then to the first line: a problem is never left without a line.
 */
/**
 * The last YAML text parsed, and its tree: the problems of one file are reported together, often
 * several for one file (a story citing three retired principles), and parsing is the costly part.
 */
let last: { text: string; parsed: { doc: Document.Parsed; counter: LineCounter } | undefined } | undefined;

function parseYaml(text: string): { doc: Document.Parsed; counter: LineCounter } | undefined {
  if (last?.text !== text) {
    const counter = new LineCounter();
    let parsed: { doc: Document.Parsed; counter: LineCounter } | undefined;
    try {
      parsed = { doc: parseDocument(text, { lineCounter: counter, uniqueKeys: false }), counter };
    } catch {
      parsed = undefined;
    }
    last = { text, parsed };
  }
  return last.parsed;
}

export function yamlPathPosition(
  source: string,
  path: readonly PropertyKey[],
  options: { frontmatter?: boolean; key?: boolean } = {},
): Position {
  const { yamlText, lineOffset } = options.frontmatter ? frontmatterYaml(source) : { yamlText: source, lineOffset: 0 };
  const parsed = parseYaml(yamlText);
  if (!parsed) return { line: 1, column: 1 };
  const { doc, counter } = parsed;
  for (let n = path.length; n > 0; n--) {
    const keys = path.slice(0, n).map((k) => (typeof k === 'symbol' ? String(k) : k));
    const parentPath = keys.slice(0, -1);
    const last = keys.at(-1)!;
    const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
    let node: unknown;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
      node = pair && (options.key || pair.value === null ? pair.key : pair.value);
    } else if (isSeq(parent) && typeof last === 'number') {
      node = parent.items[last];
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) {
      const { line, col } = counter.linePos(range[0]);
      return { line: line + lineOffset, column: col };
    }
  }
  return { line: 1, column: 1 };
}

/** The YAML between the frontmatter fences, and how many lines come before it in the file. */
function frontmatterYaml(source: string): { yamlText: string; lineOffset: number } {
  const { lines, end } = frontmatterLines(source);
  if (end === 0) return { yamlText: '', lineOffset: 0 };
  return { yamlText: lines.slice(1, end).join('\n'), lineOffset: 1 };
}

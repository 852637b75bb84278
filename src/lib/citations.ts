/**
 * Finds the principles an MDX body cites inline with `<Principle id="…" />`.
 *
 * Written by hand rather than with an MDX parser because it runs on every story at every build:
 * a full MDX parse costs milliseconds a story, this scan microseconds. It skips fenced code blocks
 * and inline code, so an example of the component in a code sample does not count as a citation.
 * `npm run check` parses the MDX properly and reports syntax errors with their lines.
 */

export interface InlineCitation {
  id: string;
  /** 1-based line within the body. */
  line: number;
  /** 1-based column within the line. */
  column: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const PRINCIPLE_TAG = /<Principle\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;
const INLINE_CODE = /`[^`\n]*`/g;

export function findInlineCitations(body: string): InlineCitation[] {
  const found: InlineCitation[] = [];
  const lines = body.split(/\r?\n/);
  let fence: string | undefined;
  lines.forEach((raw, index) => {
    const fenceMatch = FENCE.exec(raw);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) {
        fence = undefined;
      }
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      return;
    }
    // Most lines cite nothing; only a line with `<Principle` is worth the two regular expressions below.
    if (!raw.includes('<Principle')) return;
    // Blank out inline code but keep the columns where they are.
    const text = raw.replace(INLINE_CODE, (m) => ' '.repeat(m.length));
    for (const match of text.matchAll(PRINCIPLE_TAG)) {
      const id = match[1] ?? match[2] ?? match[3] ?? '';
      found.push({ id, line: index + 1, column: (match.index ?? 0) + 1 });
    }
  });
  return found;
}

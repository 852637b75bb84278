/**
 * The mutations of the fuzz test: each turns a valid content file into what an author, an editor or
 * a tool might save instead. Seeded: the same random source gives the same bytes.
 */

/** A seeded random source (mulberry32: small, fast, and good enough to pick mutations). */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

export function random(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

/** A content file as the mutations see it: its name and its bytes. */
export interface Sample {
  /** `stories`, `principles`, `authors` or `guide`. */
  collection: string;
  /** The folder from the repository root: `content/stories/ja`. */
  dir: string;
  /** The name without extension: `hello`. */
  stem: string;
  /** `.mdx` or `.yaml`. */
  ext: string;
  text: string;
}

export interface Mutated {
  /** The new name without extension (the case's prefix is added by the caller). */
  stem: string;
  ext: string;
  bytes: Buffer;
}

type Mutation = (s: Sample, r: Random) => Mutated;

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const keep = (s: Sample, text: string): Mutated => ({ stem: s.stem, ext: s.ext, bytes: utf8(text) });

/** The frontmatter's lines (MDX) or the whole file's (YAML), and where they start and end. */
function yamlRange(s: Sample): { start: number; end: number; lines: string[] } {
  const lines = s.text.split('\n');
  if (s.ext === '.yaml') return { start: 0, end: lines.length, lines };
  const close = lines.indexOf('---', 1);
  return { start: 1, end: close < 0 ? 1 : close, lines };
}

/** Lines of the body where a paragraph may start (MDX only). */
function bodyLine(s: Sample, r: Random): { lines: string[]; at: number } {
  const { end, lines } = yamlRange(s);
  return { lines, at: r.int(Math.min(end + 1, lines.length), lines.length) };
}

function insertAt(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

const WRONG_VALUES = [
  '42',
  'true',
  'null',
  '[a, b]',
  '{ a: 1 }',
  '2025-13-45',
  '""',
  '- nested',
  '!!binary AAAA',
  '*x',
];
const YAML_BREAKS = [
  '"never closed',
  "'never closed",
  '[a, b',
  '{ a: 1',
  ': :',
  '\tindented: by a tab',
  '  - stray: item',
  '&anchor',
  '@reserved',
  '|\n  block\n bad',
];
const STRAY = ['<', '{', '}', '</div>', '<div>', '<Principle', '{/*', '<>', '</', 'a < b', 'x {y} z', '<3', '{{}}'];
const BAD_BYTES = [[0xff], [0xfe, 0xff], [0xc3], [0xe3, 0x81], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x80, 0x80]];
const ODD_NAMES = [
  'My Story',
  '入社エントリ',
  'UPPER',
  'Mixed-Case',
  'two  spaces',
  'tab\tname',
  'é-accent',
  'a_b',
  'x.y',
];
const ODD_EXTS = ['.md', '.MDX', '.markdown', '.yml', '.txt', ''];
const CODE_LANGS = ['ts', 'js', 'python', 'text', 'html', 'unknown-lang', ''];

/** ~1 MB of prose, the size the issue names. */
export const HUGE_PARAGRAPH_BYTES = 1_000_000;

export const MUTATIONS: Record<string, Mutation> = {
  /** A faithful copy: the control. */
  copy: (s) => keep(s, s.text),
  crlf: (s) => keep(s, s.text.replace(/\n/g, '\r\n')),
  bom: (s) => keep(s, `\uFEFF${s.text}`),
  'bom-crlf': (s) => keep(s, `\uFEFF${s.text.replace(/\n/g, '\r\n')}`),
  'cr-only': (s) => keep(s, s.text.replace(/\n/g, '\r')),
  empty: (s) => keep(s, ''),
  'whitespace-only': (s) => keep(s, ' \n\n\t\n'),
  /** Cut anywhere, also in the middle of a multi-byte character. */
  truncate: (s, r) => {
    const bytes = utf8(s.text);
    return { stem: s.stem, ext: s.ext, bytes: bytes.subarray(0, r.int(0, bytes.length - 1)) };
  },
  'invalid-utf8': (s, r) => {
    const bytes = utf8(s.text);
    const at = r.int(0, bytes.length);
    return {
      stem: s.stem,
      ext: s.ext,
      bytes: Buffer.concat([bytes.subarray(0, at), Buffer.from(r.pick(BAD_BYTES)), bytes.subarray(at)]),
    };
  },
  'nul-byte': (s, r) => keep(s, insertAt(s.text, r.int(0, s.text.length), '\u0000')),
  'yaml-broken': (s, r) => {
    const { start, end, lines } = yamlRange(s);
    const i = r.int(start, Math.max(start, end - 1));
    const line = lines[i] ?? '';
    const key = /^(\w+):/.exec(line)?.[1] ?? 'title';
    lines[i] = r.next() < 0.5 ? `${key}: ${r.pick(YAML_BREAKS)}` : `${line}${r.pick(YAML_BREAKS)}`;
    return keep(s, lines.join('\n'));
  },
  'wrong-type': (s, r) => {
    const { start, end, lines } = yamlRange(s);
    const keys = lines.map((l, i) => (i >= start && i < end && /^\w+:/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (keys.length === 0) return keep(s, s.text);
    const i = r.pick(keys);
    lines[i] = `${/^(\w+):/.exec(lines[i]!)![1]}: ${r.pick(WRONG_VALUES)}`;
    return keep(s, lines.join('\n'));
  },
  'drop-line': (s, r) => {
    const { start, end, lines } = yamlRange(s);
    if (end <= start) return keep(s, s.text);
    lines.splice(r.int(start, end - 1), 1);
    return keep(s, lines.join('\n'));
  },
  'duplicate-line': (s, r) => {
    const { start, end, lines } = yamlRange(s);
    if (end <= start) return keep(s, s.text);
    const i = r.int(start, end - 1);
    lines.splice(i, 0, lines[i]!);
    return keep(s, lines.join('\n'));
  },
  'unclosed-frontmatter': (s) => keep(s, s.ext === '.mdx' ? s.text.replace(/\n---\n/, '\n\n') : `---\n${s.text}`),
  /** A stray `<`, `{` or `}` (or a broken tag) in the body, or anywhere in a YAML file. */
  stray: (s, r) => {
    if (s.ext !== '.mdx') return keep(s, insertAt(s.text, r.int(0, s.text.length), r.pick(STRAY)));
    const { lines, at } = bodyLine(s, r);
    const line = lines[at] ?? '';
    lines[at] = insertAt(line, r.int(0, line.length), r.pick(STRAY));
    return keep(s, lines.join('\n'));
  },
  'unbalanced-jsx': (s, r) => {
    const piece = r.pick([
      '<div>\n\nopened, never closed',
      '</section>',
      '<Principle id="dont-build-unused">',
      '<span>inline <b>bold</span></b>',
      '<details><summary>x</summary>',
      '<Principle id="dont-build-unused" /',
    ]);
    const { lines, at } = bodyLine(s, r);
    lines.splice(at, 0, '', piece, '');
    return keep(s, lines.join('\n'));
  },
  'huge-paragraph': (s, r) => {
    const unit = r.pick(['使われないものを作らない。', 'We do not build what nobody uses. ', 'x']);
    const paragraph = unit.repeat(Math.ceil(HUGE_PARAGRAPH_BYTES / Buffer.byteLength(unit)));
    return keep(s, `${s.text.replace(/\n*$/, '\n')}\n${paragraph}\n`);
  },
  'nested-list': (s, r) => {
    const depth = r.int(10, 200);
    const items = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}${i % 2 ? '1.' : '-'} level ${i + 1}`);
    return keep(s, `${s.text.replace(/\n*$/, '\n')}\n${items.join('\n')}\n`);
  },
  'nested-quotes': (s, r) => keep(s, `${s.text.replace(/\n*$/, '\n')}\n${'> '.repeat(r.int(10, 200))}deep\n`),
  'huge-code-block': (s, r) => {
    const lines = r.int(500, 3000);
    const code = Array.from({ length: lines }, (_, i) => `const v${i} = ${i} * 2; // <b>{not jsx}</b>`).join('\n');
    const fence = r.pick(['```', '~~~']);
    return keep(s, `${s.text.replace(/\n*$/, '\n')}\n${fence}${r.pick(CODE_LANGS)}\n${code}\n${fence}\n`);
  },
  'unclosed-code-block': (s) => keep(s, `${s.text.replace(/\n*$/, '\n')}\n\`\`\`ts\nconst a = 1;\n`),
  'odd-name': (s, r) => ({ stem: `${r.pick(ODD_NAMES)}`, ext: s.ext, bytes: utf8(s.text) }),
  'odd-extension': (s, r) => ({ stem: s.stem, ext: r.pick(ODD_EXTS), bytes: utf8(s.text) }),
  'leading-underscore': (s) => ({ stem: `_${s.stem}`, ext: s.ext, bytes: utf8(s.text) }),
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Two or three mutations in a row: a CRLF file with a stray brace, cut short. */
export function mutate(sample: Sample, r: Random): { names: string[]; result: Mutated } {
  const count = r.next() < 0.8 ? 1 : r.int(2, 3);
  const names: string[] = [];
  let current = sample;
  let result: Mutated = keep(sample, sample.text);
  for (let i = 0; i < count; i++) {
    const name = r.pick(MUTATION_NAMES);
    names.push(name);
    result = MUTATIONS[name]!(current, r);
    current = { ...current, stem: result.stem, ext: result.ext, text: result.bytes.toString('utf8') };
  }
  return { names, result };
}

import { mdxToMdast } from 'satteri';
import { isPair, isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { isLang, type Lang } from '../lib/i18n';
import { problem, type CheckProblem, type Text } from './problem';

/**
 * One content file, read and parsed once for every rule: its place in the authoring contract, its
 * frontmatter (or whole YAML file) and its MDX tree. Parsing never throws: a file that cannot be
 * read becomes a syntax problem that names it.
 */

export const COLLECTIONS = ['principles', 'stories', 'authors', 'guide'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** A file's text, with its path from the repository root (`/`-separated). */
export interface ContentFile {
  path: string;
  text: string;
}

/** The parts of an mdast node the rules read (satteri hands over unified's mdast shapes). */
export interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

export interface Doc {
  file: ContentFile;
  /** Undefined for a file outside the authoring contract (the files rule reports it). */
  collection?: Collection;
  /** The language folder, for principles, stories and guide pages. */
  lang?: Lang;
  /** The file name without its extension: the id or slug. */
  slug: string;
  format: 'mdx' | 'yaml' | 'other';
  /** Frontmatter (MDX) or the whole file (YAML), parsed; undefined when absent or broken. */
  data?: unknown;
  /** The MDX body, as Astro hands it to the site model. */
  body: string;
  /** The MDX tree with file lines, when the body parses. */
  tree?: MdNode;
  /** YAML and MDX syntax problems. */
  syntax: CheckProblem[];
}

const FRONTMATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/** Where a file sits in the contract: `content/<collection>/<lang>/<slug>.mdx` or `content/authors/<id>.yaml`. */
export function placeOf(path: string): Pick<Doc, 'collection' | 'lang' | 'slug' | 'format'> {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  const dot = name.lastIndexOf('.');
  const slug = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot + 1) : '';
  const format = ext === 'mdx' ? 'mdx' : ext === 'yaml' ? 'yaml' : 'other';
  const collection = (COLLECTIONS as readonly string[]).includes(parts[1] ?? '') ? (parts[1] as Collection) : undefined;
  if (parts[0] !== 'content' || !collection) return { slug, format };
  if (collection === 'authors') {
    return parts.length === 3 && format === 'yaml' ? { collection, slug, format } : { slug, format };
  }
  const lang = parts[2];
  if (parts.length === 4 && format === 'mdx' && isLang(lang)) return { collection, lang, slug, format };
  return { slug, format };
}

export function parseDoc(file: ContentFile): Doc {
  const place = placeOf(file.path);
  const doc: Doc = { file, ...place, body: '', syntax: [] };
  if (place.format === 'yaml') {
    doc.data = parseYaml(doc, file.text, 0);
  } else if (place.format === 'mdx') {
    const match = FRONTMATTER.exec(file.text);
    if (file.text.trim() === '') {
      // The files rule reports an empty file; it has no frontmatter to speak of.
    } else if (!match || match.index !== 0) {
      doc.syntax.push(
        problem(
          'syntax',
          'error',
          file.path,
          undefined,
          {
            ja: 'ファイルの先頭に frontmatter（--- で囲んだ項目）がありません。',
            en: 'The file does not start with frontmatter (fields between --- lines).',
          },
          {
            ja: '1 行目を --- にして、title などの項目を書き、--- で閉じてください（npm run new で雛形を作れます）',
            en: 'start line 1 with ---, write the fields such as title, and close them with --- (npm run new makes a template)',
          },
        ),
      );
      doc.body = file.text;
    } else {
      doc.data = parseYaml(doc, match[1] ?? '', 1);
      doc.body = file.text.slice(match[0].length);
    }
    doc.tree = parseMdx(doc);
  }
  return doc;
}

/**
 * Characters js-yaml (Astro's YAML parser) refuses anywhere in YAML, where the `yaml` package lets
 * them through (found by the fuzz test: a NUL in an author file passed the check and broke the build).
 * Source: js-yaml lib/loader.js, PATTERN_NON_PRINTABLE and its null-byte check.
 */
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

function parseYaml(doc: Doc, text: string, lineOffset: number): unknown {
  const control = NON_PRINTABLE.exec(text);
  if (control) {
    const before = text.slice(0, control.index).split('\n');
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    doc.syntax.push(
      problem(
        'syntax',
        'error',
        doc.file.path,
        { line: before.length + lineOffset, column: before.at(-1)!.length + 1 },
        {
          ja: `YAML に書けない制御文字（${code}）があります。`,
          en: `The YAML has a control character (${code}) that it may not contain.`,
        },
        { ja: 'この文字を消してください', en: 'delete the character' },
      ),
    );
    return undefined;
  }
  const counter = new LineCounter();
  const parsed = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (parsed.errors.length > 0) {
    for (const e of parsed.errors.slice(0, 1))
      doc.syntax.push(yamlProblem(doc.file.path, e, counter, lineOffset, text));
    return undefined;
  }
  readTimestampsAsAstroDoes(parsed);
  try {
    return parsed.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (e) {
    // An alias to an anchor that is not there (`*x`): the parser lets it through, toJS does not.
    const why = e instanceof Error ? e.message : String(e);
    const alias = text.split(/\r?\n/).findIndex((l) => /(?:^|[\s:[,{-])\*[^\s,\]}]+/.test(l));
    doc.syntax.push(
      problem(
        'syntax',
        'error',
        doc.file.path,
        { line: (alias < 0 ? 0 : alias) + 1 + lineOffset, column: 1 },
        { ja: `YAML として読めません: ${why}`, en: `This is not valid YAML: ${why}` },
        {
          ja: '* で始まる値は別名（エイリアス）として読まれます。文字として書くには "…" で囲んでください',
          en: 'a value starting with * is read as an alias; put it in "quotes" to write it as text',
        },
      ),
    );
    return undefined;
  }
}

/** The date fields of stories, which the dates rule reads as text; see `readTimestampsAsAstroDoes`. */
const DATE_KEYS = new Set(['pubDate', 'updatedDate']);

/** js-yaml's timestamp forms (YAML 1.1), as Astro's frontmatter parser resolves them. Source: js-yaml lib/type/timestamp.js. */
const JS_YAML_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const JS_YAML_TIMESTAMP =
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?$/;

/**
 * Astro reads frontmatter with js-yaml, which turns an unquoted `2025-13-45` into a Date even in a
 * text field such as `description`, and the build then fails on the schema at line 0:0; the `yaml`
 * package the checker uses reads it as text. So that the checker sees what the build will, such a
 * value outside the date fields becomes a Date here too, and the schema names its line. (The date
 * fields stay text: the dates rule explains them better than a type error would.)
 */
function readTimestampsAsAstroDoes(parsed: Document.Parsed): void {
  visit(parsed, {
    Scalar(_, node, path) {
      const parent = path.at(-1);
      if (isPair(parent) && isScalar(parent.key) && DATE_KEYS.has(String(parent.key.value))) return;
      if (node.type !== 'PLAIN' || typeof node.source !== 'string') return;
      if (!JS_YAML_DATE.test(node.source) && !JS_YAML_TIMESTAMP.test(node.source)) return;
      node.value = new Date(node.source);
    },
  });
}

/**
 * An unclosed quote is noticed where the text ends, far from where the author forgot it: point at
 * the first line that opens a quote and does not close it.
 */
function unclosedQuoteLine(text: string): number | undefined {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => {
    const m = /^\s*(?:-\s+)?[^:#]*:\s*(["'])(.*)$/.exec(l) ?? /^\s*-\s+(["'])(.*)$/.exec(l);
    if (!m) return false;
    const [, q, rest] = m;
    return !(rest ?? '').replace(q === '"' ? /\\./g : /''/g, '').includes(q!);
  });
  return i < 0 ? undefined : i + 1;
}

function yamlProblem(file: string, e: YAMLError, counter: LineCounter, lineOffset: number, text: string): CheckProblem {
  let { line, col } = counter.linePos(e.pos[0]);
  const quote = /quote/i.test(e.message);
  if (quote) {
    const open = unclosedQuoteLine(text);
    if (open !== undefined) [line, col] = [open, 1];
  }
  const first = e.message.split('\n')[0] ?? e.message;
  const duplicate = e.code === 'DUPLICATE_KEY';
  const message: Text = duplicate
    ? { ja: '同じ項目が 2 回書かれています。', en: 'The same field is written twice.' }
    : quote
      ? { ja: '引用符 " が閉じられていません。', en: 'A quotation mark is never closed.' }
      : { ja: `YAML として読めません: ${first}`, en: `This is not valid YAML: ${first}` };
  const hint: Text = duplicate
    ? { ja: '片方を消してください', en: 'remove one of them' }
    : quote
      ? { ja: '値の終わりにも " を書いてください', en: 'end the value with the same quotation mark' }
      : {
          ja: '「項目: 値」の形で書き、: や # を含む値は "…" で囲んでください',
          en: 'write "field: value", and put values containing : or # in "quotes"',
        };
  return problem('syntax', 'error', file, { line: line + lineOffset, column: col }, message, hint);
}

/** satteri reports `7:1: message (mdx-jsx:code)`; the lines count from the top of the file. */
const MDX_ERROR = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w:-]+)\))?$/;

/** How many syntax errors one file may report: after a few, later ones are usually echoes of the first. */
const MAX_MDX_ERRORS = 5;

/**
 * Parses the MDX; on an error, reports it, blanks the line it names and tries again, so that the
 * author hears of every broken line at once and the other rules still see the rest of the file.
 */
function parseMdx(doc: Doc): MdNode | undefined {
  let text = doc.file.text;
  for (let attempt = 0; attempt < MAX_MDX_ERRORS; attempt++) {
    try {
      return mdxToMdast(text) as unknown as MdNode;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const m = MDX_ERROR.exec(message.trim());
      const at = m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
      const detail = (m?.[3] ?? message).replace(/ \(\d+:\d+\)/g, '');
      doc.syntax.push(problem('syntax', 'error', doc.file.path, at, ...explainMdxError(detail)));
      const lines = text.split('\n');
      if (!at || at.line < 1 || at.line > lines.length || lines[at.line - 1]!.trim() === '') return undefined;
      lines[at.line - 1] = ' '.repeat(lines[at.line - 1]!.length);
      text = lines.join('\n');
    }
  }
  return undefined;
}

/** The MDX parser's message, and in plain words what usually causes it and how to fix it. */
export function explainMdxError(detail: string): [Text, Text] {
  const tag = /`<\/?([^>`]*)>`/.exec(detail)?.[1];
  if (/^Expected a closing tag/.test(detail) && tag !== undefined) {
    return [
      { ja: `<${tag}> を閉じるタグ </${tag}> がありません。`, en: `<${tag}> is never closed.` },
      {
        ja: `</${tag}> を書くか、<${tag} /> のように / で閉じてください`,
        en: `add </${tag}>, or close it in place as <${tag} />`,
      },
    ];
  }
  if (/^Unexpected closing tag/.test(detail) && tag !== undefined) {
    return [
      { ja: `開いていないタグを </${tag}> で閉じています。`, en: `</${tag}> closes a tag that was never opened.` },
      { ja: `<${tag}> を書くか、</${tag}> を消してください`, en: `add <${tag}> before it, or remove </${tag}>` },
    ];
  }
  if (/expected a valid JSX tag|Unexpected character after `<`|before name/.test(detail)) {
    return [
      { ja: '< のあとがタグとして読めません。', en: 'What follows < is not a tag.' },
      {
        ja: 'MDX では < はタグの始まりです。文字の < を書くには \\< か &lt; と書いてください',
        en: 'in MDX, < starts a tag; write \\< or &lt; for a literal <',
      },
    ];
  }
  if (/expression|Unexpected end of file in expression|acorn|oxc/i.test(detail)) {
    return [
      { ja: '{ } の中が式として読めません。', en: 'The text inside { } is not a valid expression.' },
      {
        ja: 'MDX では { } は JavaScript の式です。文字の { を書くには \\{ と書くか、`{ }` のようにコードにしてください',
        en: 'in MDX, { } holds JavaScript; write \\{ for a literal brace, or put it in `code`',
      },
    ];
  }
  return [
    { ja: `MDX として読めません: ${detail}`, en: `This is not valid MDX: ${detail}` },
    {
      ja: 'タグの閉じ忘れ、文字の < や { がないか見てください（文字として書くには \\< \\{）',
      en: 'look for an unclosed tag, or a literal < or { (escape them as \\< \\{)',
    },
  ];
}

const walked = new WeakMap<MdNode, readonly MdNode[]>();

/**
 * Every node of a tree, depth first, with nothing skipped. Listed once per tree and kept (a parsed
 * tree never changes): the rules go through each tree several times, and a recursive generator,
 * which passes every node up through each of its ancestors, took longer than the rules themselves.
 */
export function walk(node: MdNode | undefined): readonly MdNode[] {
  if (!node) return [];
  let nodes = walked.get(node);
  if (!nodes) {
    const list: MdNode[] = [];
    const stack = [node];
    for (let next = stack.pop(); next; next = stack.pop()) {
      list.push(next);
      const children = next.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
    walked.set(node, (nodes = list));
  }
  return nodes;
}

/** The plain text of a node, as a heading's slug is made from it. */
export function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** The value of a JSX attribute written as a string: `id="x"` → `x`; `id={x}` → an expression marker. */
export function jsxAttribute(node: MdNode, name: string): { value?: string; expression?: boolean; present: boolean } {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return { present: false };
  if (typeof attr.value === 'string') return { value: attr.value, present: true };
  if (attr.value === null || attr.value === undefined) return { value: '', present: true };
  return { expression: true, present: true };
}

export const positionOf = (node: MdNode) => node.position?.start;

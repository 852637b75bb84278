import { eachDoc, type Rule } from '../context';
import { positionOf, walk } from '../document';
import { problem } from '../problem';
import { importedNames } from './components';

/**
 * Names in `{ }` expressions that nothing defines. MDX compiles `a {y} b` happily; the page then
 * throws "y is not defined" while the build renders it, with a stack trace into a compiled chunk
 * and no line of the file (found by the fuzz test). Here it is an error at its line.
 *
 * Our own scan rather than a JavaScript parser: content expressions are a name, a literal or a
 * comment, and a scan of names outside strings and comments finds the undefined ones among them.
 */

/** Names every expression may use: literals, operators spelled as words, and JavaScript's globals. */
const KNOWN = new Set([
  ...['true', 'false', 'null', 'undefined', 'NaN', 'Infinity', 'this'],
  ...['new', 'typeof', 'instanceof', 'in', 'of', 'void', 'delete', 'await', 'async', 'function', 'return'],
  ...['const', 'let', 'var', 'if', 'else', 'for', 'while'],
  ...['Math', 'Date', 'JSON', 'String', 'Number', 'Boolean', 'Array', 'Object', 'Intl', 'RegExp', 'Symbol'],
  ...['Map', 'Set', 'Promise', 'Error', 'encodeURIComponent', 'decodeURIComponent', 'parseInt', 'parseFloat'],
  // What MDX hands every file's body: its props and frontmatter (Astro), and its components.
  ...['props', 'frontmatter', 'components'],
]);

const COMMENTS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;
const STRINGS = /"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`(?:\\.|[^`\\])*`/g;
/** A name not after a `.` (a property) and not before a `:` (an object key). */
const NAME = /(?<![.\w$])([A-Za-z_$][\w$]*)(?!\s*:(?!:))/g;

/** The names an expression reads that are neither defined in the file nor known everywhere. */
export function undefinedNames(code: string, defined: ReadonlySet<string>): string[] {
  const bare = code.replace(COMMENTS, ' ').replace(STRINGS, '""');
  const found = [...bare.matchAll(NAME)].map((m) => m[1]!).filter((n) => !KNOWN.has(n) && !defined.has(n));
  return [...new Set(found)];
}

export const expressionsRule: Rule = {
  name: 'expressions',
  run: (ctx) =>
    eachDoc(ctx, 'expressions', (doc, report) => {
      const defined = new Set<string>();
      for (const node of walk(doc.tree))
        if (node.type === 'mdxjsEsm') for (const n of importedNames(node.value ?? '')) defined.add(n);
      for (const node of walk(doc.tree)) {
        if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') continue;
        const names = undefinedNames(node.value ?? '', defined);
        if (names.length === 0) continue;
        const list = names.join(', ');
        report(
          problem(
            'expressions',
            'error',
            doc.file.path,
            positionOf(node),
            {
              ja: `{ } の中の「${list}」はどこにも定義されていません。ページを作るときに失敗します。`,
              en: `{${node.value}} uses ${list}, which nothing defines; the page would fail to render.`,
            },
            {
              ja: 'MDX では { } は JavaScript の式です。文字の { を書くには \\{ と書くか、`{ }` のようにコードにしてください',
              en: 'in MDX, { } holds JavaScript; write \\{ for a literal brace, or put it in `code`',
            },
          ),
        );
      }
    }),
};

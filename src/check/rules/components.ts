import { nearest } from '../../lib/suggest';
import { eachDoc, type Rule } from '../context';
import { positionOf, walk } from '../document';
import { didYouMeanText, problem } from '../problem';

/**
 * Components the MDX uses that nobody supplies. MDX compiles `<Principel />` happily and the page
 * then fails to render, with a stack trace and no line; here it is a problem at its line, with the
 * nearest name. Components come from src/user-components/ (no import needed) or from an `import`
 * in the file.
 */

/** The names `src/user-components/index.ts` supplies; its test keeps the two in step. */
export const USER_COMPONENTS = ['Principle'] as const;

const IMPORTED = /import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s+as\s+(\w+))?\s+from/g;

/** Names an ESM block of an MDX file brings in. */
export function importedNames(esm: string): string[] {
  const names: string[] = [];
  for (const m of esm.matchAll(IMPORTED)) {
    if (m[1]) names.push(m[1]);
    if (m[3]) names.push(m[3]);
    for (const part of (m[2] ?? '').split(',')) {
      const name = part
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.push(name);
    }
  }
  for (const m of esm.matchAll(/export\s+(?:const|let|function)\s+(\w+)/g)) names.push(m[1]!);
  return names;
}

export const componentsRule: Rule = {
  name: 'components',
  run: (ctx) =>
    eachDoc(ctx, 'components', (doc, report) => {
      const known = new Set<string>(USER_COMPONENTS);
      for (const node of walk(doc.tree))
        if (node.type === 'mdxjsEsm') for (const n of importedNames(node.value ?? '')) known.add(n);
      for (const node of walk(doc.tree)) {
        if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
        const name = node.name ?? '';
        const root = name.split('.')[0] ?? '';
        // Lowercase names are HTML elements; a fragment has no name.
        if (!/^[A-Z]/.test(root) || known.has(root)) continue;
        report(
          problem(
            'components',
            'error',
            doc.file.path,
            positionOf(node),
            { ja: `<${name}> という部品はありません。`, en: `There is no component <${name}>.` },
            didYouMeanText(nearest(name, known)) ?? {
              ja: `使える部品: ${[...known].map((k) => `<${k}>`).join(', ')}`,
              en: `the components are: ${[...known].map((k) => `<${k}>`).join(', ')}`,
            },
          ),
        );
      }
    }),
};

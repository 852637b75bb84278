import { ContentError, type ContentProblem } from '../../lib/content-error';
import { PREVIEW } from '../../lib/publication';
import { buildSiteModel } from '../../lib/site-model';
import { yamlPathPosition } from '../../lib/source-position';
import { nearest } from '../../lib/suggest';
import type { PrincipleData } from '../../schemas/principle';
import { eachDoc, internalError, modelEntries, type CheckContext, type Rule } from '../context';
import { jsxAttribute, positionOf, walk, type Doc } from '../document';
import { didYouMeanText, problem, type CheckProblem, type Text } from '../problem';
import { STAND_IN_ID } from './schema';

/**
 * Unknown principles and authors, in the frontmatter and in `<Principle id>`: found by the site
 * model itself (src/lib/site-model.ts), the very check that fails the build, so the two never
 * disagree; said here in the author's language. Also what the model cannot see: a `<Principle>`
 * without an id, and citations of a retired principle.
 */

const near = (p: ContentProblem) => (p.params?.near ? p.params.near.split(',').filter(Boolean) : []);

/** A site-model problem in both languages. */
export function translate(p: ContentProblem): { message: Text; hint?: Text } {
  const id = p.params?.id ?? '';
  const en = { message: p.message, hint: p.hint };
  const hint = (ja: string): Text => didYouMeanText(near(p)) ?? { ja, en: p.hint ?? '' };
  switch (p.code) {
    case 'unknown-principle':
      return {
        message: {
          ja: `${p.params?.how === 'principles' ? 'principles' : '<Principle id>'} に書かれた「${id}」という指針はありません。`,
          en: en.message,
        },
        hint: hint('content/principles/ にあるファイル名が指針の id です'),
      };
    case 'unknown-author':
      return {
        message: { ja: `authors に書かれた「${id}」という書き手はいません。`, en: en.message },
        hint: hint(`content/authors/${id}.yaml を作るか、いる書き手の id を書いてください`),
      };
    case 'unknown-successor':
      return {
        message: { ja: `supersededBy に書かれた「${id}」という指針はありません。`, en: en.message },
        hint: hint('後継の指針のファイル名を書いてください'),
      };
    case 'supersedes-itself':
      return {
        message: { ja: '指針が自分自身を後継にしています。', en: en.message },
        hint: { ja: 'この指針を置き換える別の指針の id を書いてください', en: p.hint ?? '' },
      };
    default:
      return { message: { ja: p.message, en: p.message }, hint: p.hint ? { ja: p.hint, en: p.hint } : undefined };
  }
}

function modelProblems(ctx: CheckContext): CheckProblem[] {
  const texts = new Map(ctx.docs.map((d) => [d.file.path, d.file.text]));
  try {
    buildSiteModel({
      ...modelEntries(ctx.crossCheck),
      now: ctx.now,
      visibility: PREVIEW,
      readSource: (file) => texts.get(file) ?? '',
      related: false,
    });
    return [];
  } catch (e) {
    if (!(e instanceof ContentError)) return [internalError('references', 'content/', e)];
    return e.problems
      .filter((p) => p.params?.id !== STAND_IN_ID)
      .map((p) => {
        const { message, hint } = translate(p);
        return problem('references', 'error', p.file, { line: p.line, column: p.column }, message, hint);
      });
  }
}

/** `<Principle>` elements the model's quick scan cannot judge, and citations of retired principles. */
function elementProblems(ctx: CheckContext): CheckProblem[] {
  const principles = new Map<string, PrincipleData>();
  for (const [doc, v] of ctx.crossCheck) if (v.collection === 'principles') principles.set(doc.slug, v.data);
  const isStory = (doc: Doc) => ctx.crossCheck.get(doc)?.collection === 'stories';
  return eachDoc(ctx, 'references', (doc, report) => {
    type At = { line: number; column: number } | undefined;
    const retired = (id: string, where: At | (() => At)) => {
      const data = principles.get(id);
      if (data?.status !== 'retired' || doc.collection === 'principles') return;
      const at = typeof where === 'function' ? where() : where;
      const next = data.supersededBy;
      report(
        problem(
          'references',
          'warning',
          doc.file.path,
          at,
          { ja: `引退した指針「${id}」を引用しています。`, en: `"${id}" is a retired principle.` },
          next
            ? {
                ja: `今の指針は「${next}」です。引退の経緯を書くのでなければ、そちらを引用してください`,
                en: `its successor is "${next}"; cite that unless you are writing about the retirement`,
              }
            : {
                ja: '引退の経緯を書くのでなければ、今の指針を引用してください',
                en: 'cite an active principle unless you are writing about the retirement',
              },
        ),
      );
    };
    const valid = ctx.valid.get(doc);
    if (valid?.collection === 'stories') {
      valid.data.principles.forEach((id, i) =>
        retired(id, () => yamlPathPosition(doc.file.text, ['principles', i], { frontmatter: true })),
      );
    }
    for (const node of walk(doc.tree)) {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Principle')
        continue;
      const at = positionOf(node);
      const id = jsxAttribute(node, 'id');
      if (!id.present || id.value === '') {
        report(
          problem(
            'references',
            'error',
            doc.file.path,
            at,
            { ja: '<Principle> に id がありません。', en: '<Principle> has no id.' },
            {
              ja: '<Principle id="dont-build-unused" /> のように指針の id を書いてください',
              en: 'name the principle: <Principle id="dont-build-unused" />',
            },
          ),
        );
      } else if (id.expression) {
        report(
          problem(
            'references',
            'error',
            doc.file.path,
            at,
            {
              ja: '<Principle id={…}> の id は確かめられません。',
              en: 'The id in <Principle id={…}> cannot be checked.',
            },
            {
              ja: 'id="dont-build-unused" のように文字列で書いてください',
              en: 'write it as a string: id="dont-build-unused"',
            },
          ),
        );
      } else if (id.value !== undefined) {
        if (!principles.has(id.value) && !isStory(doc)) {
          // Stories are checked by the site model; other pages (the guide, principles) here.
          report(
            problem(
              'references',
              'error',
              doc.file.path,
              at,
              {
                ja: `<Principle id> に書かれた「${id.value}」という指針はありません。`,
                en: `<Principle id> cites "${id.value}", which is not a principle.`,
              },
              didYouMeanText(nearest(id.value, principles.keys())),
            ),
          );
        } else {
          retired(id.value, at);
        }
      }
    }
  });
}

export const referencesRule: Rule = {
  name: 'references',
  run: (ctx) => [...modelProblems(ctx), ...elementProblems(ctx)],
};

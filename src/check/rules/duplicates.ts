import { yamlPathPosition } from '../../lib/source-position';
import { eachDoc, type Rule } from '../context';
import { problem } from '../problem';

/**
 * Things written twice: an id in a list of the frontmatter, an alias shared by two principles (search
 * could not tell them apart), two files whose names differ only in case (one overwrites the other on
 * macOS and Windows). Duplicate frontmatter keys are YAML errors, reported by the syntax check.
 */
export const duplicatesRule: Rule = {
  name: 'duplicates',
  run: (ctx) => {
    const aliasOwner = new Map<string, string>();
    const seenNames = new Map<string, string>();
    return eachDoc(ctx, 'duplicates', (doc, report) => {
      const folder = doc.file.path.split('/').slice(0, -1).join('/');
      const key = `${folder}/${doc.slug.toLowerCase()}`;
      const other = seenNames.get(key);
      if (other && doc.collection) {
        report(
          problem(
            'duplicates',
            'error',
            doc.file.path,
            undefined,
            {
              ja: `${other} と大文字・小文字しか違わない名前です。`,
              en: `The name differs from ${other} only in case.`,
            },
            { ja: 'どちらかの名前を変えてください', en: 'rename one of them' },
          ),
        );
      } else seenNames.set(key, doc.file.path);

      const v = ctx.valid.get(doc);
      if (!v) return;
      const lists: [string, readonly string[]][] =
        v.collection === 'stories'
          ? [
              ['principles', v.data.principles],
              ['authors', v.data.authors],
              ['tags', v.data.tags],
            ]
          : v.collection === 'principles'
            ? [['aliases', v.data.aliases]]
            : [];
      for (const [field, values] of lists) {
        const seen = new Set<string>();
        values.forEach((value, i) => {
          if (seen.has(value)) {
            report(
              problem(
                'duplicates',
                'warning',
                doc.file.path,
                yamlPathPosition(doc.file.text, [field, i], { frontmatter: true }),
                { ja: `「${field}」に「${value}」が 2 回書かれています。`, en: `${field} lists "${value}" twice.` },
                { ja: '片方を消してください', en: 'remove one of them' },
              ),
            );
          }
          seen.add(value);
        });
      }
      if (v.collection === 'principles' && doc.lang) {
        v.data.aliases.forEach((alias, i) => {
          const k = `${doc.lang}/${alias.toLowerCase()}`;
          const owner = aliasOwner.get(k);
          if (owner && owner !== doc.slug) {
            report(
              problem(
                'duplicates',
                'warning',
                doc.file.path,
                yamlPathPosition(doc.file.text, ['aliases', i], { frontmatter: true }),
                {
                  ja: `別の呼び方「${alias}」は指針「${owner}」にもあります。`,
                  en: `The alias "${alias}" also belongs to "${owner}".`,
                },
                {
                  ja: '検索で区別できるよう、どちらかから消してください',
                  en: 'keep it on one principle, so that search can tell them apart',
                },
              ),
            );
          } else aliasOwner.set(k, doc.slug);
        });
      }
    });
  },
};

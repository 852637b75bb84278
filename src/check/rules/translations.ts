import { otherLang } from '../../lib/i18n';
import { nearest } from '../../lib/suggest';
import { eachDoc, type Rule } from '../context';
import type { Doc } from '../document';
import { problem } from '../problem';

/**
 * Translation twins share a file name in `ja/` and `en/`. A twin whose name is slightly off pairs
 * with nothing: each page loses its language switch. A principle written in one language only is
 * listed in that language's index of principles and missing from the other's.
 */
export const translationsRule: Rule = {
  name: 'translations',
  run: (ctx) => {
    const slugs = new Map<string, Set<string>>();
    for (const doc of ctx.docs) {
      if (!doc.collection || !doc.lang) continue;
      const k = `${doc.collection}/${doc.lang}`;
      if (!slugs.has(k)) slugs.set(k, new Set());
      slugs.get(k)!.add(doc.slug);
    }
    // Twins of a story are published together: a near name only counts as the misnamed twin when it
    // has the same pubDate (else stories named by number, `post-0981` and `post-0989`, would pair up).
    const pubDay = (doc: Doc) => {
      const valid = ctx.valid.get(doc);
      return valid?.collection === 'stories' ? valid.data.pubDate.getTime() : undefined;
    };
    const has = (doc: Doc, lang: string, slug: string) => slugs.get(`${doc.collection}/${lang}`)?.has(slug) ?? false;
    // The unpaired names of each folder (of each day, for stories): where a misnamed twin can be.
    // Grouped once, so that each file looks only at its own group: scanning the whole other folder
    // for every unpaired file took 52 s at 5,000 stories.
    const group = (doc: Doc, lang: string) =>
      doc.collection === 'stories' ? `${doc.collection}/${lang}/${pubDay(doc)}` : `${doc.collection}/${lang}`;
    const unpaired = new Map<string, string[]>();
    for (const doc of ctx.docs) {
      if (!doc.collection || !doc.lang || has(doc, otherLang(doc.lang), doc.slug)) continue;
      const k = group(doc, doc.lang);
      if (!unpaired.has(k)) unpaired.set(k, []);
      unpaired.get(k)!.push(doc.slug);
    }
    return eachDoc(ctx, 'translations', (doc, report) => {
      if (!doc.collection || !doc.lang || doc.collection === 'authors') return;
      const other = otherLang(doc.lang);
      if (has(doc, other, doc.slug)) return;
      // A name in the other folder that is near and itself unpaired: the same entry, misnamed.
      const lonely = unpaired.get(group(doc, other)) ?? [];
      const twin = nearest(doc.slug, lonely)[0];
      if (twin) {
        if (doc.lang !== 'ja') return; // report the pair once, on the Japanese file
        report(
          problem(
            'translations',
            'warning',
            doc.file.path,
            undefined,
            {
              ja: `翻訳の片割れが見つかりません。content/${doc.collection}/${other}/${twin}.mdx のことですか？`,
              en: `This file has no translation twin. Is content/${doc.collection}/${other}/${twin}.mdx meant to be it?`,
            },
            {
              ja: '翻訳どうしは同じファイル名にしてください',
              en: 'give the two files the same name',
            },
          ),
        );
      } else if (doc.collection === 'principles' && ctx.valid.get(doc)) {
        const name = other === 'en' ? { ja: '英語', en: 'English' } : { ja: '日本語', en: 'Japanese' };
        report(
          problem(
            'translations',
            'warning',
            doc.file.path,
            undefined,
            {
              ja: `この指針には${name.ja}版がなく、${name.ja}の指針一覧に載りません。`,
              en: `This principle has no ${name.en} version, so the ${name.en} list of principles leaves it out.`,
            },
            {
              ja: `content/principles/${other}/${doc.slug}.mdx を書いてください（npm run new -- --translate ${doc.file.path}）`,
              en: `write content/principles/${other}/${doc.slug}.mdx (npm run new -- --translate ${doc.file.path})`,
            },
          ),
        );
      }
    });
  },
};

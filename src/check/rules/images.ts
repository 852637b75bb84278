import { eachDoc, type Rule } from '../context';
import { jsxAttribute, positionOf, walk } from '../document';
import { problem } from '../problem';
import { resolvePath } from './links';

/**
 * Images without alt text (a screen reader then says nothing, or the file name), and images whose
 * file is missing: relative to the MDX file, or under public/ for a path starting with `/`.
 */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

export const imagesRule: Rule = {
  name: 'images',
  run: (ctx) =>
    eachDoc(ctx, 'images', (doc, report) => {
      for (const node of walk(doc.tree)) {
        let src: string | undefined;
        let alt: string | undefined;
        if (node.type === 'image') {
          src = node.url ?? '';
          alt = node.alt ?? '';
        } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
          const a = jsxAttribute(node, 'alt');
          const s = jsxAttribute(node, 'src');
          src = s.value;
          alt = a.present ? (a.expression ? 'expression' : (a.value ?? '')) : undefined;
        } else continue;
        const at = positionOf(node);
        if (alt === undefined || alt.trim() === '') {
          report(
            problem(
              'images',
              'error',
              doc.file.path,
              at,
              { ja: '画像に代替テキスト（alt）がありません。', en: 'The image has no alt text.' },
              {
                ja: '![画像の内容を説明する文](…) のように書いてください。読み上げソフトはこの文を読みます',
                en: 'describe what the image shows: ![a chart of response times](…); screen readers read it',
              },
            ),
          );
        }
        if (!src || EXTERNAL.test(src)) continue;
        const clean = decodeURIComponentSafe(src.split(/[?#]/)[0] ?? '');
        const file = clean.startsWith('/') ? `public${clean}` : resolvePath(doc.file.path, clean);
        if (!file || !ctx.exists(file)) {
          report(
            problem(
              'images',
              'error',
              doc.file.path,
              at,
              { ja: `画像ファイル ${src} がありません。`, en: `The image file ${src} does not exist.` },
              clean.startsWith('/')
                ? {
                    ja: `public${clean} に置くか、パスを直してください`,
                    en: `put it at public${clean}, or fix the path`,
                  }
                : {
                    ja: 'この MDX ファイルからの相対パスで書いてください（例: ./images/chart.png）',
                    en: 'write the path relative to this MDX file, such as ./images/chart.png',
                  },
            ),
          );
        }
      }
    }),
};

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

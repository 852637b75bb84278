import GithubSlugger from 'github-slugger';
import { nearest } from '../../lib/suggest';
import { langFromPath } from '../../lib/urls';
import { eachDoc, type CheckContext, type Rule } from '../context';
import { positionOf, textOf, walk, jsxAttribute, type Doc, type MdNode } from '../document';
import { didYouMeanText, problem, type Text } from '../problem';
import { sitePaths, type SitePage } from '../site-paths';

/**
 * Broken internal links: site paths (`/principles/x/`), links to other content files
 * (`../other.mdx`), and heading anchors (`#見出し`, `/stories/x/#見出し`), with heading ids made
 * as Astro makes them (github-slugger over the heading's text).
 */

/** The ids Astro gives a document's headings. */
export function headingIds(doc: Doc): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  for (const node of walk(doc.tree)) if (node.type === 'heading') ids.push(slugger.slug(textOf(node)));
  return ids;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Every link of a document with where it is written: Markdown links, definitions and `<a href>`. */
export function linksOf(doc: Doc): { url: string; node: MdNode }[] {
  const out: { url: string; node: MdNode }[] = [];
  for (const node of walk(doc.tree)) {
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string')
      out.push({ url: node.url, node });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      const href = jsxAttribute(node, 'href');
      if (href.value) out.push({ url: href.value, node });
    }
  }
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `a/b/../c.mdx` → `a/c.mdx`; undefined when it climbs above the repository. */
export function resolvePath(fromFile: string, relative: string): string | undefined {
  const parts = fromFile.split('/').slice(0, -1);
  for (const seg of relative.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

/** The heading ids of the target when `anchor` is not one of them; undefined when it is. */
function missingAnchor(target: Doc, anchor: string, cache: Map<Doc, string[]>): string[] | undefined {
  let ids = cache.get(target);
  if (!ids) cache.set(target, (ids = headingIds(target)));
  return ids.includes(safeDecode(anchor)) ? undefined : ids;
}

export const linksRule: Rule = {
  name: 'links',
  run: (ctx: CheckContext) => {
    const pages = sitePaths(ctx);
    const byPath = new Map(ctx.docs.map((d) => [d.file.path, d]));
    const headingCache = new Map<Doc, string[]>();
    return eachDoc(ctx, 'links', (doc, report) => {
      for (const { url, node } of linksOf(doc)) {
        const at = positionOf(node);
        if (EXTERNAL.test(url) || url === '') continue;
        const hashAt = url.indexOf('#');
        const pathPart = (hashAt < 0 ? url : url.slice(0, hashAt)).split('?')[0] ?? '';
        const anchor = hashAt < 0 ? undefined : url.slice(hashAt + 1);
        const badAnchor = (target: Doc, where: string) => {
          if (!anchor) return;
          const ids = missingAnchor(target, anchor, headingCache);
          if (!ids) return;
          report(
            problem(
              'links',
              'error',
              doc.file.path,
              at,
              {
                ja: `${where ? `${where} に` : 'このページに'}「#${safeDecode(anchor)}」という見出しはありません。`,
                en: `${where || 'This page'} has no heading "#${safeDecode(anchor)}".`,
              },
              didYouMeanText(nearest(safeDecode(anchor), ids)) ?? {
                ja: ids.length ? `見出しの id: ${ids.join(', ')}` : 'リンク先に見出しがありません',
                en: ids.length ? `the headings are: ${ids.join(', ')}` : 'the target has no headings',
              },
            ),
          );
        };
        if (pathPart === '') {
          badAnchor(doc, '');
          continue;
        }
        if (pathPart.startsWith('/')) {
          const path = safeDecode(pathPart);
          const page: SitePage | undefined = pages.get(path) ?? pages.get(`${path}/`);
          if (!page) {
            if (ctx.exists(`public${path}`)) continue;
            report(
              problem(
                'links',
                'error',
                doc.file.path,
                at,
                {
                  ja: `リンク先 ${path} というページはありません。`,
                  en: `The link goes to ${path}, which is not a page of the site.`,
                },
                didYouMeanText(nearest(path, candidates(pages, path))) ?? {
                  ja: '/principles/<id>/ や /stories/<slug>/ のように、サイトの URL を書いてください',
                  en: 'link to a page of the site, such as /principles/<id>/ or /stories/<slug>/',
                },
              ),
            );
            continue;
          }
          if (page.unpublished && ctx.valid.get(doc)?.collection === 'stories') {
            const state =
              page.unpublished === 'draft' ? { ja: '下書き', en: 'a draft' } : { ja: '予約投稿', en: 'scheduled' };
            report(
              problem(
                'links',
                'warning',
                doc.file.path,
                at,
                {
                  ja: `リンク先 ${path} は${state.ja}で、本番のサイトにはまだありません。`,
                  en: `The link goes to ${path}, which is ${state.en} and not yet on the production site.`,
                },
                { ja: 'リンク先が公開されてからリンクしてください', en: 'link to it once it is published' },
              ),
            );
          }
          if (page.doc) badAnchor(page.doc, path);
          continue;
        }
        // A path relative to this file: another content file, or an asset.
        const target = resolvePath(doc.file.path, safeDecode(pathPart));
        const targetDoc = target ? byPath.get(target) : undefined;
        if (targetDoc) {
          report(
            problem(
              'links',
              'error',
              doc.file.path,
              at,
              {
                ja: `${pathPart} はファイルへのリンクで、サイトでは開けません。`,
                en: `${pathPart} links to a source file, which the site does not serve.`,
              },
              pageHint(targetDoc, pages),
            ),
          );
        } else if (!target || !ctx.exists(target)) {
          const siblings = [...byPath.keys()];
          const guess = target ? nearest(target, siblings)[0] : undefined;
          report(
            problem(
              'links',
              'error',
              doc.file.path,
              at,
              {
                ja: `リンク先のファイル ${pathPart} がありません。`,
                en: `The link goes to ${pathPart}, which does not exist.`,
              },
              guess
                ? {
                    ja: `もしかして ${guess}？ サイトの中へのリンクは /stories/<slug>/ のような URL で書けます`,
                    en: `Did you mean ${guess}? Links within the site can use URLs such as /stories/<slug>/`,
                  }
                : {
                    ja: '/stories/<slug>/ のようにサイトの URL で書いてください',
                    en: 'link to the page’s URL, such as /stories/<slug>/',
                  },
            ),
          );
        }
      }
    });
  },
};

/** Pages to suggest for a wrong path: those in the same language, leaving out the home page. */
function candidates(pages: Map<string, SitePage>, path: string): string[] {
  const lang = langFromPath(path);
  // A list page that merely contains the wrong path (`/principles/`) says nothing the author does not know.
  return [...pages.keys()].filter((p) => p.length > 4 && langFromPath(p) === lang && !path.startsWith(p));
}

function pageHint(target: Doc, pages: Map<string, SitePage>): Text {
  const url = [...pages].find(([, p]) => p.doc === target)?.[0];
  return url
    ? { ja: `ページの URL ${url} にしてください`, en: `link to its page: ${url}` }
    : { ja: 'リンク先のページの URL を書いてください', en: 'link to the page’s URL instead' };
}

import {
  defineHastPlugin,
  type HastPluginDefinition,
  type HastVisitorContext,
  type MdxJsxFlowElementHast,
  type MdxJsxTextElementHast,
} from 'satteri';
import { isExternalHref, withExternalRel } from '../lib/external-links.ts';

/**
 * A Sätteri hast plugin: links in content that leave the site get `rel="noopener noreferrer"`,
 * whether written in Markdown (`[x](https://…)`) or as JSX (`<a href="https://…">`).
 *
 * Our own plugin rather than rehype-external-links: Astro 7 renders Markdown and MDX with Sätteri,
 * whose plugins are not unified/rehype plugins, and switching the whole pipeline back to unified
 * for one attribute is not worth it. The decision itself lives in `src/lib/external-links.ts`.
 */
export function externalLinksPlugin(site: string): HastPluginDefinition {
  // A JSX `<a>` keeps its attributes as a list; `rel` is set like a property all the same.
  const jsxLink = {
    filter: ['a'],
    visit(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) {
      const attr = (name: string) =>
        node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name) as { value?: unknown } | undefined;
      const href = attr('href')?.value;
      if (typeof href !== 'string' || !isExternalHref(href, site)) return;
      const rel = attr('rel')?.value;
      ctx.setProperty(node, 'rel', withExternalRel(typeof rel === 'string' ? rel : undefined).join(' '));
    },
  };
  return defineHastPlugin({
    mdxJsxFlowElement: jsxLink,
    mdxJsxTextElement: jsxLink,
    name: 'shishin-external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string' || !isExternalHref(href, site)) return;
        const rel = node.properties?.rel;
        ctx.setProperty(
          node,
          'rel',
          withExternalRel(Array.isArray(rel) ? rel.map(String) : (rel as string | undefined)),
        );
      },
    },
  });
}

import type { AstroUserConfig } from 'astro';
import githubDarkDefault from 'shiki/themes/github-dark-default.mjs';
import githubLightDefault from 'shiki/themes/github-light-default.mjs';
import { transformerMetaHighlight, transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from '../config.ts';
import { codeTitle } from '../lib/code-meta';
import { pairThemes } from '../lib/code-theme.ts';
import { externalLinksPlugin } from './external-links.ts';
import { tokenizeTimeLimit } from './shiki-time-limit.ts';

type ShikiTransformer = NonNullable<NonNullable<AstroUserConfig['markdown']>['shikiConfig']>['transformers'] extends
  (infer T)[] | undefined
  ? T
  : never;

/**
 * ```ts title="src/flags.ts" → the block in a <figure> with the file name as its <figcaption>, so the
 * name is tied to the code for screen readers too.
 */
const titleTransformer: ShikiTransformer = {
  name: 'shishin:title',
  root(root) {
    const title = codeTitle(this.options.meta?.__raw);
    if (!title) return;
    root.children = [
      {
        type: 'element',
        tagName: 'figure',
        properties: { class: 'code-block' },
        children: [
          {
            type: 'element',
            tagName: 'figcaption',
            properties: { class: 'code-block__title' },
            children: [{ type: 'text', value: title }],
          },
          ...root.children.filter((c) => c.type === 'element'),
        ],
      },
    ];
  },
};

/**
 * The light and the dark theme of code blocks: GitHub's "default" themes (the older github-dark's
 * comments, #6a737d on #24292e, fall short of WCAG AA contrast).
 */
export const codeThemes = { light: githubLightDefault, dark: githubDarkDefault };

/**
 * Both themes as one, so Shiki tokenizes each code block once (see `src/lib/code-theme.ts`); its
 * colours are CSS variables that `src/styles/code.css` sets per colour scheme. Tokenizing twice was
 * a tenth of a large build.
 */
export const pairedCodeTheme = pairThemes(codeThemes.light, codeThemes.dark);

/**
 * How Markdown and MDX render: Shiki with a light and a dark theme, switched by CSS
 * (`src/styles/code.css`) so that no script runs to highlight code. Authors mark lines with
 * `{1,3-4}` in the meta or `// [!code highlight]`, and diffs with `// [!code ++]` / `// [!code --]`.
 *
 * The GitHub "default" themes, not the older `github-light`/`github-dark`: the older dark theme's
 * comments (#6a737d on #24292e) fall short of WCAG AA contrast.
 *
 * Links to other sites get `rel="noopener noreferrer"` (`./external-links.ts`). Highlighting depends
 * on the code only, not on how busy the machine is (`./shiki-time-limit.ts`).
 */
export const markdownConfig = {
  processor: satteri({ hastPlugins: [externalLinksPlugin(siteConfig.url)] }),
  shikiConfig: {
    // When the two themes cannot be paired, Shiki's own two-theme mode does the same at twice the cost.
    ...(pairedCodeTheme ? { theme: pairedCodeTheme.theme } : { themes: codeThemes, defaultColor: false as const }),
    wrap: false,
    transformers: [
      tokenizeTimeLimit,
      transformerMetaHighlight(),
      transformerNotationHighlight(),
      transformerNotationDiff(),
      titleTransformer,
    ],
  },
} satisfies AstroUserConfig['markdown'];

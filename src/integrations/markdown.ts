import type { AstroUserConfig } from 'astro';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from '../config.ts';
import { externalLinksPlugin } from './external-links.ts';
import { tokenizeTimeLimit } from './shiki-time-limit.ts';

/**
 * How Markdown and MDX render: Shiki with a light and a dark theme, switched by CSS
 * (`src/styles/code.css`) so that no script runs to highlight code. Links to other sites get
 * `rel="noopener noreferrer"` (`./external-links.ts`). Highlighting depends on the code only, not on
 * how busy the machine is (`./shiki-time-limit.ts`).
 */
export const markdownConfig = {
  processor: satteri({ hastPlugins: [externalLinksPlugin(siteConfig.url)] }),
  shikiConfig: {
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
    wrap: false,
    transformers: [tokenizeTimeLimit],
  },
} satisfies AstroUserConfig['markdown'];

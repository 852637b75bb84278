import type { AstroUserConfig } from 'astro';

/**
 * How Markdown and MDX render: Shiki with a light and a dark theme, switched by CSS
 * (`src/styles/code.css`) so that no script runs to highlight code.
 */
export const markdownConfig = {
  shikiConfig: {
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
    wrap: false,
  },
} satisfies AstroUserConfig['markdown'];

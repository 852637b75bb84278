import type { AstroUserConfig } from 'astro';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';
import { pairThemes } from '../lib/code-theme';

/** The light and the dark theme of code blocks. */
export const codeThemes = { light: githubLight, dark: githubDark };

/**
 * Both themes as one, so Shiki tokenizes each code block once (see `src/lib/code-theme.ts`); its
 * colours are CSS variables that `src/styles/code.css` sets per colour scheme.
 */
export const pairedCodeTheme = pairThemes(codeThemes.light, codeThemes.dark);

/**
 * How Markdown and MDX render: Shiki with a light and a dark theme, switched by CSS
 * (`src/styles/code.css`) so that no script runs to highlight code. When the two themes cannot be
 * paired, Shiki's own two-theme mode does the same at twice the cost.
 */
export const markdownConfig = {
  shikiConfig: pairedCodeTheme
    ? { theme: pairedCodeTheme.theme, wrap: false }
    : { themes: codeThemes, defaultColor: false, wrap: false },
} satisfies AstroUserConfig['markdown'];

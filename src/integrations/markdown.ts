import type { AstroUserConfig } from 'astro';
import githubDarkDefault from 'shiki/themes/github-dark-default.mjs';
import githubLightDefault from 'shiki/themes/github-light-default.mjs';
import { pairThemes } from '../lib/code-theme.ts';

/**
 * The light and the dark theme of code blocks: GitHub's "default" themes, as on main (the older
 * github-dark's comments, #6a737d on #24292e, fall short of WCAG AA contrast).
 */
export const codeThemes = { light: githubLightDefault, dark: githubDarkDefault };

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

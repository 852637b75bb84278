import type { AstroUserConfig } from 'astro';

/**
 * Vite settings for the build.
 *
 * Astro wraps every MDX entry of a collection in a module that starts with its own
 * `"use astro:head-inject"` directive, and Rolldown warns about each one, with a code frame: a
 * 5,000-story build printed 5,000 identical warnings (60,000 lines) that say nothing an author can act
 * on. The check is switched off; every other warning stays.
 */
export const viteConfig = {
  build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
} satisfies AstroUserConfig['vite'];

import type { AstroUserConfig } from 'astro';

type RollupOptions = NonNullable<NonNullable<NonNullable<AstroUserConfig['vite']>['build']>['rollupOptions']>;
type OnWarn = NonNullable<RollupOptions['onwarn']>;

/**
 * Astro 7 with Rolldown warns once per MDX file that its `"use astro:head-inject"` directive "may not be
 * preserved" (withastro/astro#18087, open and harmless: Astro reads the directive before bundling).
 * On a site of thousands of stories that is thousands of warnings burying the ones that matter, so
 * exactly this warning is dropped; every other warning passes through.
 */
export const onwarn: OnWarn = (warning, warn) => {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
};

export const viteConfig = {
  build: { rollupOptions: { onwarn } },
} satisfies AstroUserConfig['vite'];

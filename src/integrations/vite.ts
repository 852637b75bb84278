import type { AstroUserConfig } from 'astro';

type RolldownOptions = NonNullable<NonNullable<NonNullable<AstroUserConfig['vite']>['build']>['rolldownOptions']>;
type OnLog = NonNullable<RolldownOptions['onLog']>;

/**
 * Astro 7 with Rolldown warns once per MDX file that its `"use astro:head-inject"` directive "may not be
 * preserved" (withastro/astro#18087, open and harmless: Astro reads the directive before bundling).
 * On a site of thousands of stories that is thousands of warnings burying the ones that matter, so
 * exactly this warning is dropped; every other log passes through.
 */
export const onLog: OnLog = (level, log, handler) => {
  if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  handler(level, log);
};

export const viteConfig = {
  build: { rolldownOptions: { onLog } },
} satisfies AstroUserConfig['vite'];

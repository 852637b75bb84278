// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteConfig } from './src/config.ts';
import { markdownConfig } from './src/integrations/markdown.ts';

// Wiring only: every behaviour lives in the modules imported above.
export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: markdownConfig,
  integrations: [mdx()],
});

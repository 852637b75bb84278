// @ts-check
// The bare Astro 7 blog the benchmark compares Shishin with: one collection, one post route,
// @astrojs/mdx, default Markdown settings. `bench/run.ts` copies this folder next to the generated
// corpus and runs the Pagefind CLI over dist/ after `astro build`.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://baseline.example.com',
  integrations: [mdx()],
});

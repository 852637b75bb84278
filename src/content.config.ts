import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { authorSchema } from './schemas/author';
import { guideSchema } from './schemas/guide';
import { principleSchema } from './schemas/principle';
import { storySchema } from './schemas/story';

/**
 * The authoring contract: where content lives. Entry ids keep their language folder
 * (`ja/dont-build-unused`); `src/lib/content-ids.ts` splits them.
 */
export const collections = {
  principles: defineCollection({
    loader: glob({ base: './content/principles', pattern: '**/*.mdx' }),
    schema: principleSchema,
  }),
  stories: defineCollection({
    loader: glob({ base: './content/stories', pattern: '**/*.mdx' }),
    schema: storySchema,
  }),
  authors: defineCollection({
    loader: glob({ base: './content/authors', pattern: '*.yaml' }),
    schema: authorSchema,
  }),
  /** Pages of the guide for authors, at `/guide/<slug>/`. */
  guide: defineCollection({
    loader: glob({ base: './content/guide', pattern: '**/*.mdx' }),
    schema: guideSchema,
  }),
};

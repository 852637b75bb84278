import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The same files as Shishin's stories, with the schema a blog would write for them.
export const collections = {
  posts: defineCollection({
    loader: glob({ base: './content/stories', pattern: '**/*.mdx' }),
    schema: z.object({
      title: z.string(),
      description: z.string(),
      pubDate: z.coerce.date(),
      kind: z.string(),
      authors: z.array(z.string()),
      principles: z.array(z.string()).default([]),
      tags: z.array(z.string()).default([]),
    }),
  }),
};

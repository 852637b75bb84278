import { z } from 'astro/zod';

/** Frontmatter of `content/guide/<lang>/<slug>.mdx`: a page of the guide for authors, at `/guide/<slug>/`. */
export const guideSchema = z
  .object({
    /** The page's heading. */
    title: z
      .string({ error: 'title is required: the heading of the guide page' })
      .trim()
      .min(1, { error: 'title must not be empty' }),
    /** One sentence for search engines and the list of guide pages. */
    description: z
      .string({ error: 'description is required: one sentence that says what the page explains' })
      .trim()
      .min(1, { error: 'description must not be empty' }),
    /** Position in the list of guide pages; lower comes first. */
    order: z.number({ error: 'order must be a number, such as 1' }).optional(),
  })
  .strict();

export type GuideData = z.infer<typeof guideSchema>;

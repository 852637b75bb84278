import { z } from 'astro/zod';

/** A link shown on an author's page. */
const authorLinkSchema = z
  .object({
    /** What the link is, such as `GitHub`. */
    label: z.string({ error: 'each link needs a label, such as GitHub' }).min(1),
    /** Where it goes: an absolute https:// URL. */
    url: z.url({ error: 'each link needs a url, such as https://github.com/your-name' }),
  })
  .strict();

/** `content/authors/<id>.yaml`: one person who writes stories. */
export const authorSchema = z
  .object({
    /** The name as written in Japanese (or the author's own script). */
    name: z.string({ error: 'name is required: the name as it should appear on stories' }).trim().min(1),
    /** The name in Latin letters, used on English pages. Falls back to `name`. */
    name_en: z.string({ error: 'name_en must be a string' }).trim().min(1).optional(),
    /** What they do, such as `機械学習エンジニア`. */
    role: z.string({ error: 'role is required: what they do, such as "SRE"' }).trim().min(1),
    /** The month they joined, `YYYY-MM`. */
    joined: z
      .string({ error: 'joined must be a year and month in quotes, such as "2025-04"' })
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'joined must be a year and month, such as "2025-04"' }),
    /** One or two sentences about them. */
    bio: z.string({ error: 'bio is required: one or two sentences about the author' }).trim().min(1),
    /** Links to their profiles elsewhere. */
    links: z.array(authorLinkSchema, { error: 'links must be a list of { label, url }' }).default([]),
  })
  .strict();

export type AuthorData = z.infer<typeof authorSchema>;

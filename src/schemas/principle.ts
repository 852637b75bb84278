import { z } from 'astro/zod';
import { idRef, redirectFrom } from './ids';

/** The two states a principle can be in. A retired principle stays published so that old links and citations keep working. */
export const PRINCIPLE_STATUSES = ['active', 'retired'] as const;

/** Frontmatter of `content/principles/<lang>/<id>.mdx`. */
export const principleSchema = z
  .object({
    /** The principle itself, as people say it: `使われないものを作らない`. */
    title: z
      .string({ error: 'title is required: the principle itself, such as "使われないものを作らない"' })
      .trim()
      .min(1, { error: 'title must not be empty' }),
    /** One sentence that explains the principle; shown in lists, cards and search results. */
    summary: z
      .string({ error: 'summary is required: one sentence that explains the principle' })
      .trim()
      .min(1, { error: 'summary must not be empty' }),
    /** Other words people search for it by (`YAGNI`, `作らない勇気`). Search ranks the principle first for these. */
    aliases: z
      .array(z.string({ error: 'each alias must be a string' }), {
        error: 'aliases must be a list of words, such as [YAGNI, 作らない勇気]',
      })
      .default([]),
    /** Position in lists of principles; lower comes first. Principles without one follow, by title. */
    order: z.number({ error: 'order must be a number, such as 1' }).optional(),
    /** `active` (the default) or `retired`. */
    status: z
      .enum(PRINCIPLE_STATUSES, {
        error: (issue) => `status must be "active" or "retired", not ${JSON.stringify(issue.input)}`,
      })
      .default('active'),
    /** The id of the principle that replaces this one, for a retired principle. */
    supersededBy: idRef('the principle that replaces this one').optional(),
    /**
     * Old addresses that should keep working after a rename: old slugs (`old-name`, in the same
     * language folder) or site paths (`/stories/old-name/`). Each becomes a page that sends the reader
     * here. Add the old slug when you rename the file.
     */
    redirectFrom: redirectFrom(),
  })
  .strict();

export type PrincipleData = z.infer<typeof principleSchema>;

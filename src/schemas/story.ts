import { z } from 'astro/zod';
import { calendarDate, idRef, redirectFrom } from './ids';

/**
 * The kinds of story. `onboarding` is the 入社エントリ: written by someone who just joined.
 * Each kind has its own page listing its stories.
 */
export const STORY_KINDS = ['onboarding', 'essay', 'practice', 'retrospective'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

/** Frontmatter of `content/stories/<lang>/<slug>.mdx`. */
export const storySchema = z
  .object({
    /** The headline. */
    title: z
      .string({ error: 'title is required: the headline of the story' })
      .trim()
      .min(1, { error: 'title must not be empty' }),
    /** One or two sentences for lists, feeds, search results and social cards. */
    description: z
      .string({ error: 'description is required: one or two sentences that say what the story is about' })
      .trim()
      .min(1, { error: 'description must not be empty' }),
    /** The day it was published, `YYYY-MM-DD`. A date in the future schedules the story. */
    pubDate: calendarDate('pubDate'),
    /** The day it was last changed in substance, `YYYY-MM-DD`. */
    updatedDate: calendarDate('updatedDate').optional(),
    /** onboarding (入社エントリ), essay, practice or retrospective. */
    kind: z.enum(STORY_KINDS, {
      error: (issue) =>
        issue.input === undefined
          ? `kind is required: one of ${STORY_KINDS.join(', ')}`
          : `kind must be one of ${STORY_KINDS.join(', ')}, not ${JSON.stringify(issue.input)}`,
    }),
    /** Ids of the people who wrote it: file names in `content/authors/` without `.yaml`. */
    authors: z
      .array(idRef('an author'), { error: 'authors must be a list of author ids, such as [aoi-tanaka]' })
      .min(1, { error: 'authors must name at least one author id' }),
    /** Ids of the principles the story cites. `<Principle id>` in the body cites too. */
    principles: z
      .array(idRef('a principle'), {
        error: 'principles must be a list of principle ids, such as [dont-build-unused]',
      })
      .default([]),
    /** Free keywords, lowercase, such as `machine-learning`. */
    tags: z
      .array(z.string({ error: 'each tag must be a string' }).trim().toLowerCase().min(1), {
        error: 'tags must be a list of words, such as [testing, frontend]',
      })
      .default([]),
    /** `true` keeps the story out of production builds; it still renders in `npm run dev`. */
    draft: z.boolean({ error: 'draft must be true or false' }).default(false),
    /**
     * Old addresses that should keep working after a rename: old slugs (`old-name`, in the same
     * language folder) or site paths (`/stories/old-name/`). Each becomes a page that sends the reader
     * here. Add the old slug when you rename the file.
     */
    redirectFrom: redirectFrom(),
  })
  .strict();

export type StoryData = z.infer<typeof storySchema>;

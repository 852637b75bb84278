import { z } from 'astro/zod';

/** Ids and slugs are lowercase ASCII words joined by hyphens, so that they are safe in URLs and file names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by its id (a principle or an author), checked against the collection later. */
export const idRef = (what: string) =>
  z.string({ error: `expected the id of ${what} (a string such as "dont-build-unused")` }).regex(ID_PATTERN, {
    error: `must be the id of ${what}: lowercase letters, digits and hyphens, such as "dont-build-unused"`,
  });

/**
 * A calendar date written as `2025-04-14` (YAML may also hand us a Date).
 * Kept as a Date at midnight UTC so that it means the same day on every machine.
 */
export const calendarDate = (field: string) =>
  z.coerce.date({
    error: `${field} must be a date written as YYYY-MM-DD, such as 2025-04-14`,
  });

/** A site path such as `/stories/old-name/` or `/en/notes/2019/hello/`: starts and ends with `/`. */
export const SITE_PATH_PATTERN = /^\/(?:[A-Za-z0-9._~%-]+\/)*$/;

/**
 * The old addresses of a renamed entry, each served as a redirect to the entry's page. An entry is
 * either an old slug or id (`old-name`: the same folder and language) or a site path
 * (`/stories/old-name/`, `/en/2019/hello/`) for any other old URL.
 */
export const redirectFrom = () =>
  z
    .array(
      z
        .string({ error: 'each redirectFrom entry must be a string' })
        .refine((v) => ID_PATTERN.test(v) || SITE_PATH_PATTERN.test(v), {
          error:
            'each redirectFrom entry must be an old slug such as "old-name", or a site path that starts and ends with "/", such as "/stories/old-name/"',
        }),
      { error: 'redirectFrom must be a list of old slugs or paths, such as [old-name]' },
    )
    .default([]);

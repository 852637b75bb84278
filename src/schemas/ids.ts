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

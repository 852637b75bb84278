import type { ShikiTransformer } from 'shiki';

/**
 * How long Shiki may spend on one line of code before it gives up and leaves the rest of the line
 * in one colour. Shiki's default, 500 ms, is reached on a busy machine by the first block of a
 * build (while the grammar's expressions compile), so two builds of the same commit differed in
 * the colours of that block. Ten seconds is never reached by real code; it still stops a
 * pathological line from hanging the build.
 */
export const TOKENIZE_TIME_LIMIT_MS = 10_000;

/** Sets the limit on every block: Astro does not pass Shiki's `tokenizeTimeLimit` option through. */
export const tokenizeTimeLimit: ShikiTransformer = {
  name: 'shishin:tokenize-time-limit',
  preprocess(_code, options) {
    options.tokenizeTimeLimit = TOKENIZE_TIME_LIMIT_MS;
  },
};

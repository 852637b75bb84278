/**
 * The file name an author gives a code block in its meta string: ```ts title="src/flags.ts"
 * (the convention of Expressive Code, Starlight and VitePress). Double or single quotes.
 */
export function codeTitle(meta: string | undefined): string | undefined {
  if (!meta) return undefined;
  const m = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta);
  const title = (m?.[1] ?? m?.[2])?.trim();
  return title || undefined;
}

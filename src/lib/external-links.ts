/**
 * Which links leave the site. Links that do get `rel="noopener noreferrer"`, so that the page they
 * open cannot reach back through `window.opener` nor learn which page of ours sent the reader.
 */

/** `rel` for a link to another site. */
export const EXTERNAL_REL = ['noopener', 'noreferrer'] as const;

/**
 * True for an absolute `http(s):` URL (or protocol-relative `//host/…`) whose origin is not the
 * site's own. Relative links, `#anchors`, `mailto:` and the site's own absolute URLs stay as they are.
 */
export function isExternalHref(href: string, site: string | URL): boolean {
  const trimmed = href.trim();
  if (!/^(https?:)?\/\//i.test(trimmed)) return false;
  let url: URL;
  try {
    url = new URL(trimmed, site);
  } catch {
    return false;
  }
  return url.origin !== new URL(site).origin;
}

/** `rel` tokens with ours added, keeping the author's own (`me`, `nofollow`, …) and their order. */
export function withExternalRel(rel: readonly string[] | string | undefined): string[] {
  const tokens = typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : [...(rel ?? [])];
  for (const t of EXTERNAL_REL) if (!tokens.includes(t)) tokens.push(t);
  return tokens;
}

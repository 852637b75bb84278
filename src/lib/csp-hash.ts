import { createHash } from 'node:crypto';

/**
 * A CSP source hash (`sha256-…`) of an inline script or style, as browsers compute it: over the
 * UTF-8 bytes of the element's text, exactly as written (CSP Level 3, "hash-source").
 */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

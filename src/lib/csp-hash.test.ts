import { describe, expect, it } from 'vitest';
import { cspHash } from './csp-hash';

describe('cspHash', () => {
  it('gives the hash a browser reports for the script', () => {
    // Chromium's console reports this hash for <script>alert('Hello, world.');</script> (the CSP spec's example).
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  it('changes with a single character, whitespace included', () => {
    expect(cspHash('a()')).not.toBe(cspHash('a() '));
  });
});

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { wireBytes } from './web.ts';

describe('wireBytes', () => {
  // Pagefind writes these gzipped; gzipping them again would count bytes no host sends.
  it.each(['wasm.unknown.pagefind', 'index/ja_1.pf_index', 'fragment/ja_2.pf_fragment', 'pagefind.ja_3.pf_meta'])(
    'counts %s as it is on disk',
    (file) => {
      const body = gzipSync(Buffer.from('pagefind_dcd'.repeat(100)));
      expect(wireBytes(`http://127.0.0.1/pagefind/${file}`, body)).toBe(body.length);
    },
  );

  it('counts scripts and JSON gzipped, as a host sends them', () => {
    const body = Buffer.from('export const x = 1;\n'.repeat(200));
    const sent = wireBytes('http://127.0.0.1/pagefind/pagefind.js', body);
    expect(sent).toBeLessThan(body.length / 10);
    expect(sent).toBe(gzipSync(body, { level: 9 }).length);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { onwarn } from './vite';

type Warning = Parameters<typeof onwarn>[0];

describe('onwarn', () => {
  it('drops only the known harmless head-inject directive warning', () => {
    const warn = vi.fn();
    const known = {
      code: 'MODULE_LEVEL_DIRECTIVE',
      message: 'directive "use astro:head-inject" in "x.mdx"',
    } as Warning;
    const other = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client" in "y.js"' } as Warning;
    const circular = { code: 'CIRCULAR_DEPENDENCY', message: 'a -> b -> a' } as Warning;
    onwarn(known, warn);
    onwarn(other, warn);
    onwarn(circular, warn);
    expect(warn.mock.calls.map(([w]) => w)).toEqual([other, circular]);
  });
});

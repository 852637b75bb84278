import { describe, expect, it, vi } from 'vitest';
import { onLog } from './vite';

type Log = Parameters<typeof onLog>[1];

describe('onLog', () => {
  it('drops only the known harmless head-inject directive warning', () => {
    const handler = vi.fn();
    const known = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use astro:head-inject" in "x.mdx"' } as Log;
    const other = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client" in "y.js"' } as Log;
    const circular = { code: 'CIRCULAR_DEPENDENCY', message: 'a -> b -> a' } as Log;
    onLog('warn', known, handler);
    onLog('warn', other, handler);
    onLog('warn', circular, handler);
    onLog('info', known, handler);
    expect(handler.mock.calls.map(([level, log]) => [level, log])).toEqual([
      ['warn', other],
      ['warn', circular],
      ['info', known],
    ]);
  });
});

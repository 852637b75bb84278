import { describe, expect, it } from 'vitest';
import { parsePhases, parseTimeV, type LogLine } from './phases.ts';

const lines = (rows: [number, string][]): LogLine[] => rows.map(([t, text]) => ({ t, text }));

// The shape of `astro build`'s log (Astro 7.3), stamped with arrival times in ms.
const TODAY = lines([
  [900, '16:23:47 [content] Syncing content'],
  [2400, '16:23:47 [content] Synced content'],
  [2500, '16:23:47 [types] Generated 2.08s'],
  [2600, '16:23:47 [build] Building static entrypoints...'],
  [5300, '16:23:50 [vite] ✓ built in 2.69s'],
  [5400, '16:23:50 [build] Rearranging server assets...'],
  [5500, ' generating static routes '],
  [5600, '[shishin] not published (draft): content/stories/ja/llm-eval-harness-wip.mdx'],
  [5700, '16:23:52   ├─ /stories/a/index.html (+40ms) '],
  [6600, '16:23:52 ✓ Completed in 1.21s.'],
  [6700, '16:23:52 [build] ✓ Completed in 4.15s.'],
  [6710, '16:23:52 [build] 122 page(s) built in 6.68s'],
]);

describe('parsePhases', () => {
  it('reads content sync, bundle and render from an Astro build, and leaves the missing phases out', () => {
    const p = parsePhases(TODAY, 6800);
    expect(p.contentSync).toBe(1500);
    expect(p.bundle).toBe(2900);
    expect(p.render).toBe(1210);
    expect(p.afterRender).toBe(200);
    expect(p.searchIndex).toBeUndefined();
    expect(p.socialCards).toBeUndefined();
    expect(p.feeds).toBeUndefined();
  });

  it('reads a render of a minute and more, which Astro writes as "2m 10s"', () => {
    const log = TODAY.map((l) =>
      l.text.endsWith('✓ Completed in 1.21s.') ? { ...l, text: '16:23:52 ✓ Completed in 2m 10s.' } : l,
    );
    expect(parsePhases(log, 6800).render).toBe(130_000);
  });

  it('takes feed and social card routes out of render, and reads integrations after it', () => {
    const log = lines([
      [0, '16:00:00 [content] Syncing content'],
      [100, '16:00:00 [content] Synced content'],
      [200, '16:00:00 [build] Building static entrypoints...'],
      [300, ' generating static routes '],
      [310, '16:00:01   ├─ /stories/a/index.html (+40ms) '],
      [320, '16:00:01   ├─ /og/stories/a.png (+120ms) '],
      [330, '16:00:01   ├─ /rss.xml (+30ms) '],
      [340, '16:00:01   └─ /en/feed.json (+20ms) '],
      [1300, '16:00:02 ✓ Completed in 1.00s.'],
      [1400, '16:00:02 [social-cards] 12 drawn, 3000 reused'],
      [4400, '16:00:05 [pagefind] Indexing 6000 pages'],
      [9400, '16:00:10 [pagefind] Indexed 6000 pages in 4.8s'],
      [9500, '16:00:10 [build] Complete!'],
    ]);
    const p = parsePhases(log, 9600);
    expect(p.render).toBe(1000 - 120 - 30 - 20);
    expect(p.feeds).toBe(50);
    // 120 ms of card routes, plus the social-cards hook: from the line before it to its last line.
    expect(p.socialCards).toBe(120 + 100);
    expect(p.searchIndex).toBe(4800);
    expect(p.afterRender).toBe(8300);
  });
});

describe('parseTimeV', () => {
  it('reads CPU time and the largest resident set', () => {
    const text = [
      '\tCommand being timed: "node astro.mjs build"',
      '\tUser time (seconds): 5.72',
      '\tSystem time (seconds): 1.48',
      '\tMaximum resident set size (kbytes): 1048576',
    ].join('\n');
    expect(parseTimeV(text)).toEqual({ userSeconds: 5.72, systemSeconds: 1.48, maxRssBytes: 1024 ** 3 });
  });

  it('says what is missing when the output is not what it expects', () => {
    expect(() => parseTimeV('Command exited with non-zero status 1')).toThrow(/User time/);
  });
});

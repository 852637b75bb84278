import { describe, expect, it } from 'vitest';
import { parseGitLog, readGitHistory } from './git-history';

const LOG = [
  '',
  '2026-03-02T10:00:00+09:00\n\ncontent/stories/ja/a.mdx\ncontent/stories/ja/日本語.mdx\n',
  '2025-01-01T00:00:00Z\n\ncontent/stories/ja/a.mdx\ncontent/principles/ja/p.mdx\n',
].join('\x1e');

describe('git history', () => {
  it('gives each file the date of its newest commit', () => {
    const dates = parseGitLog(LOG);
    expect(dates.get('content/stories/ja/a.mdx')?.toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(dates.get('content/principles/ja/p.mdx')?.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(dates.get('content/stories/ja/日本語.mdx')).toBeDefined();
  });

  it('runs git twice in all, whatever the number of files', () => {
    const calls: string[][] = [];
    const h = readGitHistory('.', (args) => (calls.push(args), args[0] === 'rev-parse' ? 'false\n' : LOG));
    expect(calls).toHaveLength(2);
    expect(h.dates.size).toBe(3);
  });

  it('gives no dates for a shallow clone or without git, and says why', () => {
    expect(readGitHistory('.', () => 'true\n')).toMatchObject({ unavailable: expect.stringContaining('shallow') });
    const none = readGitHistory('.', () => {
      throw new Error('git: not found');
    });
    expect(none.dates.size).toBe(0);
    expect(none.unavailable).toBeDefined();
  });

  it('reads this repository', () => {
    const h = readGitHistory(process.cwd());
    if (h.unavailable) return; // a tarball or shallow checkout: nothing to read
    expect(h.dates.get('content/principles/ja/dont-build-unused.mdx')).toBeInstanceOf(Date);
  });
});

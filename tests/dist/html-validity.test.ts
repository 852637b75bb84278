import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST } from '../support/dist';

/**
 * The Nu Html Checker (the W3C validator, from the `vnu-jar` npm package) on every page of the
 * built site, run with the system's Java (`default-jre-headless`, installed by .ci/run).
 */
beforeAll(assertBuilt);

const require = createRequire(import.meta.url);
const JAVA = process.env.JAVA ?? '/usr/bin/java';

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('HTML', () => {
  it('has no errors in the Nu Html Checker', () => {
    const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
    const run = spawnSync(JAVA, ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', DIST], {
      encoding: 'utf8',
    });
    if (run.error)
      throw new Error(`Could not run ${JAVA}: install Java (apt-get install default-jre-headless)`, {
        cause: run.error,
      });
    // vnu writes its JSON report to stderr.
    const report = JSON.parse(run.stderr.trim() || run.stdout.trim()) as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${m.url.replace(`file:${DIST}`, '')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  }, 120_000);
});

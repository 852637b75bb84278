import { describe, expect, it } from 'vitest';
import {
  buildAccepted,
  buildRejected,
  checkCases,
  describeFinding,
  makeCases,
  pickRejected,
  samples,
} from '../support/fuzz/harness';
import { MUTATION_NAMES } from '../support/fuzz/mutations';

/**
 * The fuzz test of content (issue 7), small enough for `npm test`; `npm run fuzz -- --cases 5000
 * --seed N` runs the same harness on more cases, nightly (.github/workflows/fuzz.yml).
 */
const SEED = 7;
const CASES = 200;
const REJECTED_BUILDS = 2;

describe('fuzzed content', () => {
  const cases = makeCases(SEED, CASES);
  const { checked, findings: checkFindings } = checkCases(cases);
  const report = (findings: Parameters<typeof describeFinding>[0][]) =>
    findings.map((f) => describeFinding(f, cases)).join('\n');

  it('is the same bytes for the same seed, and mutates every sample with every kind of mutation', () => {
    const again = makeCases(SEED, CASES);
    expect(again.map((c) => [c.path, c.bytes.toString('base64')])).toEqual(
      cases.map((c) => [c.path, c.bytes.toString('base64')]),
    );
    expect(new Set(cases.map((c) => c.source)).size).toBe(samples().length);
    expect(new Set(cases.flatMap((c) => c.mutations))).toEqual(new Set(MUTATION_NAMES));
  });

  it('gets a verdict from the checker for every case: accepted, or rejected with an error naming the file', () => {
    expect(report(checkFindings)).toBe('');
    expect(checked).toHaveLength(CASES);
    for (const c of checked.filter((x) => x.verdict === 'rejected')) {
      expect(
        c.problems.some((p) => p.severity === 'error' && p.file === c.path),
        c.id,
      ).toBe(true);
    }
    // Both verdicts occur, or the test proves little.
    expect(checked.filter((c) => c.verdict === 'accepted').length).toBeGreaterThan(CASES / 10);
    expect(checked.filter((c) => c.verdict === 'rejected').length).toBeGreaterThan(CASES / 10);
  });

  it('builds every accepted case in one site, each a page or a reported draft', () => {
    const accepted = checked.filter((c) => c.verdict === 'accepted');
    const { build, findings } = buildAccepted(accepted);
    expect(report(findings)).toBe('');
    expect(build.status).toBe(0);
  }, 600_000);

  it('fails the build of a rejected case, naming the file, without a stack trace', () => {
    const rejected = pickRejected(checked, REJECTED_BUILDS);
    expect(rejected).toHaveLength(REJECTED_BUILDS);
    expect(report(buildRejected(rejected))).toBe('');
  }, 300_000);
});

/**
 * `npm run fuzz`: the fuzz test of content (tests/build/fuzz.test.ts) on as many cases as asked,
 * for the nightly workflow (.github/workflows/fuzz.yml) and for reproducing a case by its seed.
 *
 *   npm run fuzz -- --cases 5000 --seed 20261128
 *   npm run fuzz -- --cases 300 --seed 7 --builds 10 --keep /tmp/fuzz-cases
 *
 * Every case goes through the checker; the accepted ones are built together once; `--builds`
 * rejected ones are built alone. Exits 1 and lists each finding (case, mutations, file, what went
 * wrong) when any case crashes, hangs, loses a page or fails without naming its file.
 * `--keep DIR` writes every case's file there, to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildAccepted,
  buildRejected,
  checkCases,
  describeFinding,
  makeCases,
  pickRejected,
  type Finding,
} from '../tests/support/fuzz/harness';

function main(): number {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '500' },
      seed: { type: 'string', default: String(Date.now() % 1_000_000) },
      builds: { type: 'string', default: '8' },
      keep: { type: 'string' },
    },
    strict: true,
  });
  const count = Number(values.cases);
  const seed = Number(values.seed);
  const builds = Number(values.builds);
  if (![count, seed, builds].every(Number.isInteger)) {
    console.error('--cases, --seed and --builds take whole numbers');
    return 2;
  }
  console.log(`fuzz: seed ${seed}, ${count} cases (repeat with: npm run fuzz -- --cases ${count} --seed ${seed})`);

  let started = performance.now();
  const cases = makeCases(seed, count);
  if (values.keep) {
    for (const c of cases) {
      const file = path.join(values.keep, c.path);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, c.bytes);
    }
  }
  const { checked, findings } = checkCases(cases);
  const accepted = checked.filter((c) => c.verdict === 'accepted');
  const slowest = Math.max(0, ...checked.map((c) => c.ms));
  console.log(
    `checker: ${accepted.length} accepted, ${checked.length - accepted.length} rejected ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s (slowest case ${Math.round(slowest)} ms)`,
  );

  started = performance.now();
  const all: Finding[] = [...findings];
  const combined = buildAccepted(accepted);
  all.push(...combined.findings);
  console.log(
    `build of the accepted cases: ${combined.build.status === 0 ? 'passed' : 'FAILED'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  started = performance.now();
  const rejected = pickRejected(checked, builds);
  all.push(...buildRejected(rejected));
  console.log(`builds of ${rejected.length} rejected cases: ${((performance.now() - started) / 1000).toFixed(1)} s`);

  if (all.length === 0) {
    console.log('✓ no crash, hang, bare stack trace or missing page');
    return 0;
  }
  console.error(`✗ ${all.length} findings:\n${all.map((f) => `- ${describeFinding(f, cases)}`).join('\n')}`);
  return 1;
}

process.exitCode = main();

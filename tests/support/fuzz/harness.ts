/**
 * The fuzz test of content: every valid sample entry under content/, mutated many times over with
 * a seed, must either pass `npm run check` and become a page (or a reported draft), or fail it with
 * a message that names the file; never a crash, a hang, a bare stack trace or a missing page.
 *
 * A build takes ~10 s, so not every case is built:
 * 1. every case goes through the checker, in-process, beside the whole valid site;
 * 2. all the cases the checker accepts are put into ONE copy of the site and built once: the build
 *    must succeed and its manifest (dist/manifest.json) must account for every one of them;
 * 3. a few cases the checker rejects are built one by one: each build must fail naming the file,
 *    with no stack trace.
 * Used by tests/build/fuzz.test.ts (a few hundred cases) and `npm run fuzz` (as many as asked).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../../../src/check/check';
import { parseDoc, type ContentFile, type Doc } from '../../../src/check/document';
import type { CheckProblem } from '../../../src/check/problem';
import { existsIn, readContentFiles } from '../../../src/check/workspace';
import { siteConfig } from '../../../src/config';
import type { Manifest } from '../../../src/lib/inventory';
import { ROOT } from '../dist';
import { buildWithContent, type FixtureBuild } from '../fixture-site';
import { mutate, random, type Sample } from './mutations';

/** The moment the fuzz site is checked and built as; fixed, so that a seed gives the same verdicts. */
export const FUZZ_NOW = '2026-01-01T00:00:00Z';

/** A check of one case that takes longer than this is reported as a hang (a regular one takes ~50 ms). */
export const CHECK_HANG_MS = 10_000;

export interface FuzzCase {
  /** `c0042`: the case's number, in every file name it makes. */
  id: string;
  /** The valid sample it started from. */
  source: string;
  mutations: string[];
  /** Where it is written, from the repository root. */
  path: string;
  bytes: Buffer;
}

export interface CheckedCase extends FuzzCase {
  verdict: 'accepted' | 'rejected';
  problems: CheckProblem[];
  ms: number;
}

/** Something the fuzz test must not find. */
export interface Finding {
  case?: string;
  file?: string;
  what: string;
}

/** The valid entries to mutate: every MDX and YAML file under content/ of the repository. */
export function samples(root = ROOT): Sample[] {
  return readContentFiles(root)
    .filter((f) =>
      /^content\/(stories|principles|guide)\/(ja|en)\/[^/]+\.mdx$|^content\/authors\/[^/]+\.yaml$/.test(f.path),
    )
    .map((f) => {
      const dir = path.posix.dirname(f.path);
      const name = path.posix.basename(f.path);
      const ext = path.posix.extname(name);
      return { collection: f.path.split('/')[1]!, dir, stem: name.slice(0, -ext.length), ext, text: freshCopy(f.text) };
    });
}

/**
 * A copy of an entry under another name must not claim what only one entry may: a principle's
 * aliases, a story's old URLs. Both are dropped from the samples, as an author copying a file would.
 */
export function freshCopy(text: string): string {
  return text.replace(/^(aliases|redirectFrom):(?:[ \t]*\[.*\][ \t]*|[ \t]*)\n(?:[ \t]+-.*\n|-[ \t].*\n)*/gm, '');
}

/** The cases of a seed: the same seed and count always give the same files, byte for byte. */
export function makeCases(seed: number, count: number, from: readonly Sample[] = samples()): FuzzCase[] {
  const r = random(seed);
  const cases: FuzzCase[] = [];
  for (let i = 0; i < count; i++) {
    // Every sample in turn, so that each is mutated; the mutations are random.
    const sample = from[i % from.length]!;
    const { names, result } = mutate(sample, r);
    const id = `c${String(i).padStart(4, '0')}`;
    cases.push({
      id,
      source: `${sample.dir}/${sample.stem}${sample.ext}`,
      mutations: names,
      path: `${sample.dir}/fz-${id}-${result.stem}${result.ext}`,
      bytes: result.bytes,
    });
  }
  return cases;
}

/** A case's file as the checker reads it from disk (src/check/workspace.ts reads UTF-8). */
const asRead = (c: FuzzCase): ContentFile => ({ path: c.path, text: c.bytes.toString('utf8') });

const INTERNAL = /could not be checked|確認できませんでした/;
const STACK = /\n\s+at .+\(.+:\d+:\d+\)|\n\s+at \S+:\d+:\d+/;

/** Runs every case through the checker beside the valid site; returns the verdicts and what was wrong. */
export function checkCases(cases: readonly FuzzCase[], root = ROOT): { checked: CheckedCase[]; findings: Finding[] } {
  const base = readContentFiles(root);
  const exists = existsIn(root);
  const cache = new WeakMap<ContentFile, Doc>();
  const parse = (f: ContentFile) => {
    let doc = cache.get(f);
    if (!doc) cache.set(f, (doc = parseDoc(f)));
    return doc;
  };
  const now = new Date(FUZZ_NOW);
  const check = (files: readonly ContentFile[]) =>
    checkContent({ files, now, exists, storiesPerPage: siteConfig.storiesPerPage, parse });

  const findings: Finding[] = [];
  const baseErrors = check(base).filter((p) => p.severity === 'error');
  if (baseErrors.length > 0)
    findings.push({ what: `the valid site has ${baseErrors.length} errors before any mutation` });

  const checked: CheckedCase[] = [];
  for (const c of cases) {
    const started = performance.now();
    let problems: CheckProblem[];
    try {
      problems = check([...base, asRead(c)]);
    } catch (e) {
      findings.push({
        case: c.id,
        file: c.path,
        what: `the checker threw: ${e instanceof Error ? e.stack : String(e)}`,
      });
      continue;
    }
    const ms = performance.now() - started;
    if (ms > CHECK_HANG_MS) findings.push({ case: c.id, file: c.path, what: `the check took ${Math.round(ms)} ms` });
    const errors = problems.filter((p) => p.severity === 'error');
    for (const p of problems) {
      const text = `${p.message.en} ${p.hint?.en ?? ''}`;
      if (INTERNAL.test(p.message.ja) || STACK.test(text)) {
        findings.push({ case: c.id, file: p.file, what: `checker bug: ${p.message.en}` });
      }
      if (p.severity === 'error' && p.file !== c.path) {
        findings.push({ case: c.id, file: p.file, what: `an error blames another file: ${p.message.en}` });
      }
    }
    checked.push({ ...c, verdict: errors.length === 0 ? 'accepted' : 'rejected', problems, ms });
  }
  return { checked, findings };
}

function writeCase(contentDir: string, c: FuzzCase): void {
  const file = path.join(contentDir, '..', c.path);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, c.bytes);
}

/** The site path each accepted case must have, or its reason for being left out, from the manifest. */
function accountFor(c: FuzzCase, manifest: Manifest | undefined, dist: string): string | undefined {
  if (c.path.startsWith('content/guide/')) {
    const [, , lang, name] = c.path.split('/');
    const slug = name!.replace(/\.mdx$/, '');
    const page = path.join(dist, lang === 'ja' ? '' : lang!, 'guide', slug, 'index.html');
    return existsSync(page) ? undefined : `the guide page ${path.relative(dist, page)} was not written`;
  }
  if (!manifest) return 'no dist/manifest.json';
  const published = manifest.published.some((e) => e.file === c.path);
  const reported = manifest.unpublished.some((u) => u.file === c.path);
  return published || reported ? undefined : 'neither published nor reported in dist/manifest.json';
}

const BUILD_TIMEOUT_MS = 600_000;

/** Builds one copy of the site with every accepted case in it; the build must pass and account for each. */
export function buildAccepted(accepted: readonly CheckedCase[]): { build: FixtureBuild; findings: Finding[] } {
  let manifest: Manifest | undefined;
  const missing: Finding[] = [];
  const build = buildWithContent(
    (content) => {
      for (const c of accepted) writeCase(content, c);
    },
    { SHISHIN_NOW: FUZZ_NOW, LC_ALL: 'en_US.UTF-8' },
    {
      timeout: BUILD_TIMEOUT_MS,
      inspect: (dir) => {
        const dist = path.join(dir, 'dist');
        const file = path.join(dist, 'manifest.json');
        if (existsSync(file)) manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
        for (const c of accepted) {
          const why = accountFor(c, manifest, dist);
          if (why) missing.push({ case: c.id, file: c.path, what: `silently missing: ${why}` });
        }
      },
    },
  );
  const findings: Finding[] = [];
  if (build.status !== 0) {
    findings.push({
      what: `the build of ${accepted.length} accepted cases failed (${build.status}):\n${tail(build.output)}`,
    });
  } else {
    findings.push(...missing);
  }
  if (STACK.test(build.output)) findings.push({ what: `the build printed a stack trace:\n${tail(build.output)}` });
  return { build, findings };
}

/** Builds each rejected case alone: the build must fail, name the file, and print no stack trace. */
export function buildRejected(rejected: readonly CheckedCase[]): Finding[] {
  const findings: Finding[] = [];
  for (const c of rejected) {
    const build = buildWithContent((content) => writeCase(content, c), {
      SHISHIN_NOW: FUZZ_NOW,
      LC_ALL: 'en_US.UTF-8',
    });
    if (build.status === 0)
      findings.push({ case: c.id, file: c.path, what: 'the build passed a file the checker rejects' });
    else if (!build.output.includes(c.path)) {
      findings.push({
        case: c.id,
        file: c.path,
        what: `the failed build does not name the file:\n${tail(build.output)}`,
      });
    }
    if (STACK.test(build.output)) {
      findings.push({ case: c.id, file: c.path, what: `the build printed a stack trace:\n${tail(build.output)}` });
    }
  }
  return findings;
}

/** A handful of rejected cases with different mutations, so that the builds see different failures. */
export function pickRejected(checked: readonly CheckedCase[], count: number): CheckedCase[] {
  const picked: CheckedCase[] = [];
  const seen = new Set<string>();
  for (const c of checked) {
    if (picked.length >= count) break;
    const key = c.mutations.join('+');
    if (c.verdict !== 'rejected' || seen.has(key)) continue;
    seen.add(key);
    picked.push(c);
  }
  return picked;
}

const tail = (output: string) => output.split('\n').slice(-40).join('\n');

/** One line per finding, for a failing test or the nightly script's log. */
export function describeFinding(f: Finding, cases: readonly FuzzCase[]): string {
  const c = cases.find((x) => x.id === f.case);
  const where = c ? `${c.id} (${c.mutations.join(' + ')} of ${c.source}) ${f.file ?? c.path}` : (f.file ?? '');
  return `${where}: ${f.what}`;
}

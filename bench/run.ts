/**
 * `npm run bench -- --stories 1000[,5000] [--pairs 3] [--seed 1] [--heap 8192] [--lighthouse]`
 *
 * Generates the corpus, builds Shishin and the bare baseline alternately (cold, warm, one story
 * changed) in pairs, measures what readers get, and prints a table, the targets with PASS/FAIL, and
 * the whole result as JSON (also written to bench/.work/results-N.json).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/browser.ts';
import { runBuild } from './lib/build.ts';
import { BENCH_NOW, generateCorpus, planStories } from './lib/corpus.ts';
import { PHASE_NAMES, type Phases } from './lib/phases.ts';
import { fmtBytes, fmtMs, fmtRatio, median } from './lib/stats.ts';
import { markdownTable } from './lib/table.ts';
import {
  BUILD_KINDS,
  SITES,
  evaluateTargets,
  ratio,
  verdict,
  type BuildKind,
  type BuildRun,
  type SiteName,
  type SizeResult,
} from './lib/targets.ts';
import { clearCaches, clearWorkspace, prepareWorkspace, touchStory } from './lib/workspace.ts';
import { dirBytes, measureSearchApi, measureSearchPage, pageWeight } from './lib/web.ts';
import { lighthouseScores } from './lib/lighthouse.ts';

const REPO = path.resolve(import.meta.dirname, '..');
/** Words every corpus contains. Japanese both: from a Japanese page Pagefind searches the Japanese index. */
const QUERIES = { first: '仮説検証', warm: 'ポストモーテム' };

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '1000' },
    pairs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    heap: { type: 'string', default: '8192' },
    lighthouse: { type: 'boolean', default: false },
  },
});
const sizes = values.stories.split(',').map((s) => Number(s.replace(/_/g, '')));
const pairs = Number(values.pairs);
const seed = Number(values.seed);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(pairs >= 1)) {
  throw new Error('Usage: npm run bench -- --stories 1000[,5000] [--pairs 3] [--seed 1] [--heap 8192] [--lighthouse]');
}

const log = (...args: unknown[]) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);

async function benchSize(stories: number): Promise<SizeResult> {
  // Stories cite the principles in force, as authors do: citing a retired one is a warning in every
  // story that does it, and a corpus where a third of the stories did would mostly measure warnings.
  const dir = path.join(REPO, 'content', 'principles', 'ja');
  const principles: string[] = [];
  for (const file of await readdir(dir)) {
    if (!/^status: retired$/m.test(await readFile(path.join(dir, file), 'utf8')))
      principles.push(file.replace(/\.mdx$/, ''));
  }
  const files = generateCorpus({ stories, seed, principles });
  const ws = await prepareWorkspace(REPO, files);
  const first = planStories(stories, seed)[0]!;
  const touched = `stories/${first.lang}/${first.slug}.mdx`;
  log(`${stories} stories written to ${path.relative(REPO, ws.root)}/`);

  const env = {
    ...process.env,
    SHISHIN_NOW: BENCH_NOW,
    // Same heap limit for both sites; see README "Performance" for why it is raised.
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${values.heap}`.trim(),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const builds = Object.fromEntries(
    SITES.map((s) => [s, Object.fromEntries(BUILD_KINDS.map((k) => [k, [] as BuildRun[]]))]),
  ) as SizeResult['builds'];
  for (let pair = 0; pair < pairs; pair++) {
    // Alternate who goes first, so a drift in the machine's load does not always favour one side.
    const order: SiteName[] = pair % 2 === 0 ? ['shishin', 'baseline'] : ['baseline', 'shishin'];
    for (const site of order) {
      const dir = ws.dirs[site];
      await clearCaches(dir);
      for (const kind of BUILD_KINDS) {
        if (kind === 'changed') await touchStory(dir, touched, pair);
        const logFile = path.join(ws.root, `${site}-${stories}-${kind}-${pair}.log`);
        const run = await runBuild(site, dir, { env, logFile });
        builds[site][kind].push(run);
        log(`pair ${pair + 1}/${pairs} ${site} ${kind}: ${fmtMs(run.wallMs)}, peak ${fmtBytes(run.maxRssBytes)}`);
      }
    }
  }

  const dist = (s: SiteName) => path.join(ws.dirs[s], 'dist');
  const result: SizeResult = {
    stories,
    builds,
    distBytes: { shishin: await dirBytes(dist('shishin')), baseline: await dirBytes(dist('baseline')) },
    pagefindBytes: {
      shishin: await dirBytes(path.join(dist('shishin'), 'pagefind')),
      baseline: await dirBytes(path.join(dist('baseline'), 'pagefind')),
    },
    searchPage: {},
    searchApi: {},
  };
  // A story page, by the public URL contract (`/stories/<slug>/`, English under `/en/`).
  const storyUrl = `${first.lang === 'en' ? '/en' : ''}/stories/${first.slug}/`;
  result.storyPage = await pageWeight(dist('shishin'), storyUrl);
  const browser = await launchChromium();
  try {
    result.searchPage = await measureSearchPage(browser, dist('shishin'), QUERIES);
    for (const s of SITES) result.searchApi[s] = await measureSearchApi(browser, dist(s), QUERIES);
  } finally {
    await browser.close();
  }
  if (values.lighthouse) {
    result.lighthouse = await lighthouseScores(dist('shishin'), {
      home: '/',
      story: storyUrl,
      principle: `/principles/${principles[0]}/`,
      search: `/search/?q=${encodeURIComponent(QUERIES.first)}`,
    });
  }
  await writeFile(path.join(ws.root, `results-${stories}.json`), JSON.stringify(result, null, 2));
  return result;
}

const med = (runs: BuildRun[], f: (b: BuildRun) => number | undefined) => {
  const v = runs.map(f).filter((x): x is number => x !== undefined);
  return median(v);
};

function sizeTable(r: SizeResult): string {
  const rows: string[][] = [];
  const both = (label: string, f: (s: SiteName) => string, ratioText = '') =>
    rows.push([label, f('shishin'), f('baseline'), ratioText]);
  const kindName: Record<BuildKind, string> = {
    cold: 'full build',
    warm: 'rebuild, nothing changed',
    changed: 'rebuild, one story changed',
  };
  for (const kind of BUILD_KINDS) {
    both(
      `${kindName[kind]} (wall)`,
      (s) => fmtMs(med(r.builds[s][kind], (b) => b.wallMs)),
      fmtRatio(ratio(r, kind, (b) => b.wallMs)),
    );
  }
  both(
    'full build: CPU time',
    (s) => fmtMs(med(r.builds[s].cold, (b) => b.cpuMs)),
    fmtRatio(ratio(r, 'cold', (b) => b.cpuMs)),
  );
  both('full build: per story', (s) => fmtMs(med(r.builds[s].cold, (b) => b.wallMs / r.stories)));
  both(
    'full build: peak memory',
    (s) => fmtBytes(med(r.builds[s].cold, (b) => b.maxRssBytes)),
    fmtRatio(ratio(r, 'cold', (b) => b.maxRssBytes)),
  );
  for (const key of Object.keys(PHASE_NAMES) as (keyof Phases)[]) {
    both(`  phase: ${PHASE_NAMES[key]}`, (s) => fmtMs(med(r.builds[s].cold, (b) => b.phases[key])));
  }
  both('dist/ bytes', (s) => fmtBytes(r.distBytes[s]));
  both('Pagefind index bytes', (s) => fmtBytes(r.pagefindBytes[s]));
  const search = (s: SiteName, f: 'firstMs' | 'warmMs' | 'firstBytes') => {
    const m = r.searchApi[s];
    if (!m || m[f] === undefined) return `n/a${m?.note ? ` (${m.note})` : ''}`;
    return f === 'firstBytes' ? fmtBytes(m[f]) : fmtMs(m[f]);
  };
  both('Pagefind API: first query', (s) => search(s, 'firstMs'));
  both('Pagefind API: warm query', (s) => search(s, 'warmMs'));
  both('Pagefind API: first query fetches', (s) => search(s, 'firstBytes'));
  const sp = r.searchPage;
  const spText = (v: number | undefined, f: (n: number) => string) =>
    v === undefined ? `n/a${sp.note ? ` (${sp.note})` : ''}` : f(v);
  rows.push(['search page: first query, first result', spText(sp.firstMs, fmtMs), '', '']);
  rows.push(['search page: first query, whole answer', spText(sp.answeredMs, fmtMs), '', '']);
  rows.push(['search page: warm query', spText(sp.warmMs, fmtMs), '', '']);
  rows.push(['search page: first query fetches', spText(sp.firstBytes, fmtBytes), '', '']);
  if (r.storyPage) {
    rows.push([
      `story page ${r.storyPage.url}: HTML / CSS / JS gzip`,
      `${fmtBytes(r.storyPage.htmlGzip)} / ${fmtBytes(r.storyPage.cssGzip)} / ${fmtBytes(r.storyPage.jsGzip)}`,
      '',
      '',
    ]);
  }
  for (const [page, scores] of Object.entries(r.lighthouse ?? {})) {
    rows.push([
      `Lighthouse (mobile) ${page}`,
      Object.entries(scores)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
      '',
      '',
    ]);
  }
  return markdownTable(
    [
      `${r.stories.toLocaleString('en')} stories (${pairs} pair${pairs > 1 ? 's' : ''})`,
      'Shishin',
      'baseline',
      'Shishin / baseline',
    ],
    rows,
  );
}

const results: SizeResult[] = [];
await clearWorkspace(REPO);
for (const n of sizes) results.push(await benchSize(n));

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${fmtBytes(os.totalmem())} RAM, load ${os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')}, Node ${process.version}`;
console.log(`\nMachine: ${machine}\n`);
for (const r of results) console.log(`${sizeTable(r)}\n`);
const targets = evaluateTargets(results);
console.log(
  markdownTable(
    ['target', 'stories', 'measured', 'verdict'],
    targets.map((t) => [t.target, t.stories?.toLocaleString('en') ?? '', t.value, verdict(t.pass)]),
  ),
);
console.log(`\n${JSON.stringify({ machine, pairs, seed, heapMb: Number(values.heap), results, targets }, null, 2)}`);

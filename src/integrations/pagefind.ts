import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { findPackageJSON } from 'node:module';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import type { NewFileResponse, PagefindIndex, WriteFilesResponse } from 'pagefind';
import { pageLinks } from '../lib/crawl';
import { PRINCIPLES_FILE, principleNames } from '../lib/search-principles';
import { LANGS } from '../lib/i18n';
import {
  modulePreloadLinks,
  moduleScripts,
  searchPagePreloads,
  staticImports,
  withPreloads,
} from '../lib/search-preloads';
import { receiveRenderedPages } from '../data/build-report';
import { isSearchablePageFile, pageFile, searchablePageFiles, urls } from '../lib/urls';
import { placeTree } from './place-files';
import { childrenExited, runChildrenInBackground } from './priority';

/**
 * Search indexing as a build step: Pagefind's Node API is given each page as Astro renders it
 * (`LiveIndex`, below), and `astro:build:done` writes `dist/pagefind/`. In `astro dev` the same
 * index is built in memory from the pages the dev server renders, and served under `/pagefind/`, so
 * authors search their current content too.
 *
 * One index for both languages: Pagefind would otherwise make one index per `<html lang>`, and a
 * reader on a Japanese page could never find an English page. Forcing `ja` keeps each page's true
 * `<html lang>` and gives every page Japanese word segmentation (English words are still split at
 * spaces); a `lang` filter tells the languages apart.
 */
export const INDEX_LANGUAGE = 'ja';

/** Where the index lives, under the site root; the search UI loads `/pagefind/pagefind.js` from here. */
export const PAGEFIND_PATH = urls.searchIndex();

/** Most pages the dev server's crawler indexes; a guard against a link loop, far above any real site. */
const DEV_MAX_PAGES = 20_000;
/** Pages the dev crawler renders at once: the dev server renders on demand, and has 2 cores in CI. */
const DEV_CONCURRENCY = 4;

export function pagefindIntegration(): AstroIntegration {
  let origin: string | undefined;
  let live: LiveIndex | undefined;
  let outDir: string | undefined;
  return {
    name: 'shishin:pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') {
          addMiddleware({ order: 'post', entrypoint: new URL('./search-index-middleware.ts', import.meta.url) });
        }
      },
      'astro:config:done': ({ config }) => {
        // An adapter may bring a prerenderer of its own, which `searchablePagesFirst` would replace.
        outDir = config.adapter ? undefined : fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const index = (live = new LiveIndex());
        receiveRenderedPages({
          take: (pathname, html) => index.add(pathname, html),
          wants: (pathname) => searchableFileOf(pathname) !== undefined,
        });
        const dir = outDir;
        if (dir) {
          setPrerenderer((base) =>
            searchablePagesFirst(
              base,
              (files) => index.expect(files, path.join(dir, PAGEFIND_PATH)),
              () => index.readReusedPages(dir),
            ),
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        receiveRenderedPages(undefined);
        await buildIndex(fileURLToPath(dir), logger, live);
        live = undefined;
      },
      'astro:server:start': ({ address }) => {
        origin = `http://${hostFor(address)}:${address.port}`;
      },
      'astro:server:setup': ({ server, logger }) => {
        const dev = new DevIndex(() => origin, logger);
        server.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith(PAGEFIND_PATH)) return next();
          dev.serve(req, res).catch(next);
        });
        // Content or code changed: the next search rebuilds the index.
        server.watcher.on('all', (_event, file) => {
          if (!file.includes(`${path.sep}node_modules${path.sep}`)) dev.invalidate();
        });
        server.httpServer?.on('close', () => void pagefind.close());
      },
    },
  };
}

/**
 * Where the index of the last build is kept, by a hash of every page it was built from: a rebuild
 * whose pages came out the same reuses it instead of indexing again (Pagefind has no incremental
 * mode; indexing is about 13 ms a page).
 */
const CACHE_DIR = () => path.resolve(process.env.SHISHIN_PAGEFIND_CACHE ?? 'node_modules/.cache/shishin-pagefind');
const PAGEFIND_VERSION: string = (
  JSON.parse(readFileSync(findPackageJSON('pagefind', import.meta.url)!, 'utf8')) as { version: string }
).version;

/** SHA-1 of a page's bytes: only to tell whether the page Pagefind read is the page on disk. */
const pageHash = (bytes: string | Uint8Array) => createHash('sha1').update(bytes).digest('hex');

/**
 * Reads every HTML page of the built site once, for two things: the key of the index (below), and
 * the hash of each searchable page, to check that the index built while rendering holds exactly the
 * pages on disk.
 */
async function scanSite(outDir: string): Promise<{ key: string; searchable: Map<string, string> }> {
  const hash = createHash('sha256').update(JSON.stringify([PAGEFIND_VERSION, INDEX_LANGUAGE, searchablePageFiles()]));
  const searchable = new Map<string, string>();
  const files = (await readdir(outDir, { recursive: true }))
    .filter((f) => f.endsWith('.html') && !f.startsWith(PAGEFIND_PATH.slice(1)))
    .sort();
  for (const file of files) {
    const bytes = await readFile(path.join(outDir, file));
    hash.update(`\0${file}\0`).update(bytes);
    const name = file.split(path.sep).join('/');
    if (isSearchablePageFile(name)) searchable.set(name, pageHash(bytes));
  }
  return { key: hash.digest('hex').slice(0, 32), searchable };
}

/**
 * The hash of what the index is made from: Pagefind's version, how it is called, and every HTML
 * file of the site (any page, not only those indexed, so that no rule about which pages count can
 * go stale here).
 */
export async function indexKey(outDir: string): Promise<string> {
  return (await scanSite(outDir)).key;
}

/** The built file of a page at `pathname` when it is one the index reads, else `undefined`. */
const searchableFileOf = (pathname: string): string | undefined => {
  const file = pageFile(decodeURI(pathname));
  return isSearchablePageFile(file) ? file : undefined;
};

/**
 * The index built while Astro renders: each searchable page goes to Pagefind's process as it comes
 * out of the renderer (`search-index-middleware.ts`), so Pagefind reads pages on the other core
 * instead of reading them all from disk once the last one is written. It is used only when it holds
 * exactly the searchable pages on disk, byte for byte; otherwise (the incremental build reused pages
 * that were never rendered) it is dropped and the index is built from disk.
 *
 * When the build says which searchable pages it will render (`expect`, from `searchablePagesFirst`),
 * Pagefind starts writing the index as soon as the last of them is in, while Astro renders the list,
 * tag and author pages that come after them: writing is most of Pagefind's time (10–13 ms a page).
 * When some of them were reused instead (a rebuild after a story changed renders only the story
 * pages that show it), the index is read from `dist/` at that moment (`readReusedPages`), again
 * while the other pages render, and used if no searchable page on disk changed after.
 */
export class LiveIndex {
  private index: Promise<PagefindIndex> | undefined;
  private readonly added = new Map<string, { hash: string; done: Promise<NewFileResponse> }>();
  private expected: { files: ReadonlySet<string>; outputPath: string } | undefined;
  private early: Promise<WriteFilesResponse> | undefined;
  /** A page came in after the early write started: what was written may lack it. */
  private addedAfterWrite = false;
  private fromDisk: Promise<DiskIndex> | undefined;

  constructor(private readonly create: () => Promise<PagefindIndex> = newIndex) {}

  add(pathname: string, html: string): void {
    const file = searchableFileOf(pathname);
    if (!file) return;
    if (this.early) this.addedAfterWrite = true;
    const index = (this.index ??= this.create());
    const done = index.then((i) => i.addHTMLFile({ sourcePath: file, content: html }));
    // Awaited in `ifComplete`; until then a failure must not count as unhandled.
    done.catch(() => undefined);
    this.added.set(file, { hash: pageHash(html), done });
    this.writeWhenComplete();
  }

  /**
   * The searchable files (`stories/x/index.html`) the build will render, and where the index goes:
   * once every one of them is in, Pagefind writes the index there while the other pages render.
   */
  expect(files: Iterable<string>, outputPath: string): void {
    this.expected = { files: new Set(files), outputPath };
    this.writeWhenComplete();
  }

  /** Whether every page the build said it would write has come in. */
  private hasEveryExpected(): boolean {
    const files = this.expected?.files;
    return files !== undefined && this.added.size === files.size && [...files].every((f) => this.added.has(f));
  }

  private writeWhenComplete(): void {
    const expected = this.expected;
    if (this.early || !expected || !this.index || !this.hasEveryExpected()) return;
    const index = this.index;
    const adding = [...this.added.values()].map((a) => a.done);
    // Pagefind answers each message on its own: write only once it has answered every page.
    this.early = Promise.all(adding).then(async () => (await index).writeFiles({ outputPath: expected.outputPath }));
    // Awaited in `write` or `discard`; until then a failure must not count as unhandled.
    this.early.catch(() => undefined);
  }

  /** How many pages it was given. */
  get size(): number {
    return this.added.size;
  }

  /** Whether Pagefind started writing the index before the build was done. */
  get writtenEarly(): boolean {
    return this.early !== undefined;
  }

  /** The index, when it holds exactly `searchable` (file → hash of its bytes); else `undefined`. */
  async ifComplete(searchable: ReadonlyMap<string, string>): Promise<PagefindIndex | undefined> {
    if (!this.index || this.addedAfterWrite || searchable.size !== this.added.size) return undefined;
    for (const [file, hash] of searchable) if (this.added.get(file)?.hash !== hash) return undefined;
    const responses = await Promise.all([...this.added.values()].map((a) => a.done));
    failOn(
      responses.flatMap((r) => r.errors),
      'indexing the pages as they were rendered',
    );
    return this.index;
  }

  /** Writes the index (once `ifComplete` has returned it) to `outputPath`, or waits for the early write there. */
  async write(outputPath: string): Promise<WriteFilesResponse> {
    if (this.early && this.expected?.outputPath === outputPath) return this.early;
    const index = await this.index;
    if (!index) throw new Error('Search index: no page was indexed while rendering.');
    return index.writeFiles({ outputPath });
  }

  /**
   * Called once every searchable page has been rendered or reused (the first other page is about to
   * render). When some were reused, they never came to `add`: the index is then read from
   * `outDir` now, and written to the expected place, while the other pages render.
   */
  readReusedPages(outDir: string): void {
    const expected = this.expected;
    if (!expected || this.early || this.fromDisk || this.hasEveryExpected()) return;
    // None rendered: every searchable page is the last build's, and so, most likely, is every page
    // (a rebuild with nothing changed), whose index is then reused; reading it again would only be
    // waited for. When some other page did change, the index is read from disk at the end.
    if (this.added.size === 0) return;
    // Stamped before reading: a page written again while Pagefind reads shows as changed.
    this.fromDisk = fileStamps(outDir, expected.files).then(async (stamps) => ({
      stamps,
      ...(await readFromDisk(outDir, expected.outputPath, this.create)),
    }));
    // Awaited in `readFromDiskIfCurrent` or `discard`; until then a failure must not count as unhandled.
    this.fromDisk.catch(() => undefined);
  }

  /**
   * The index read by `readReusedPages`, written to `outputPath`, when every searchable page on
   * disk (`searchable`) is the file it read, unchanged since; else `undefined`.
   */
  async readFromDiskIfCurrent(
    outDir: string,
    searchable: ReadonlyMap<string, string>,
    outputPath: string,
  ): Promise<DiskIndex | undefined> {
    if (!this.fromDisk || this.expected?.outputPath !== outputPath) return undefined;
    const read = await this.fromDisk;
    if (read.stamps.size !== searchable.size) return undefined;
    const now = await fileStamps(outDir, searchable.keys());
    for (const [file, stamp] of now) if (read.stamps.get(file) !== stamp) return undefined;
    return read;
  }

  /** Frees Pagefind's copy of the pages it was given, once an early write is over. */
  async discard(): Promise<void> {
    await this.early?.catch(() => undefined);
    await this.fromDisk?.catch(() => undefined);
    const index = await this.index?.catch(() => undefined);
    await index?.deleteIndex().catch(() => undefined);
  }
}

/** An index read from the built pages on disk, and written. */
export interface DiskIndex {
  /** What each page file was when read (`fileStamps`). */
  stamps: ReadonlyMap<string, string>;
  pageCount: number;
  written: WriteFilesResponse;
}

/**
 * Size, modification time and inode of each file, to tell later that none was written again; a file
 * that is not there has no stamp. (Hashing the pages, as `scanSite` does, would read them all once
 * more while Astro renders.)
 */
async function fileStamps(outDir: string, all: Iterable<string>): Promise<Map<string, string>> {
  const stamps = new Map<string, string>();
  const files = [...all];
  for (let i = 0; i < files.length; i += STAT_AT_ONCE) {
    const batch = files.slice(i, i + STAT_AT_ONCE);
    const stats = await Promise.all(batch.map((f) => stat(path.join(outDir, f)).catch(() => undefined)));
    batch.forEach((file, j) => {
      const s = stats[j];
      if (s) stamps.set(file, `${s.size}:${s.mtimeMs}:${s.ino}`);
    });
  }
  return stamps;
}
const STAT_AT_ONCE = 256;

/** The only pages the index reads from disk: list pages, tags and authors would be read and dropped. */
const searchableGlob = () => `{${searchablePageFiles().join(',')}}`;

/** The index of the searchable pages in `outDir`, read by Pagefind from disk and written to `outputPath`. */
async function readFromDisk(
  outDir: string,
  outputPath: string,
  create: () => Promise<PagefindIndex>,
): Promise<Omit<DiskIndex, 'stamps'>> {
  const index = await create();
  const added = await index.addDirectory({ path: outDir, glob: searchableGlob() });
  failOn(added.errors, `indexing ${outDir}`);
  const written = await index.writeFiles({ outputPath });
  failOn(written.errors, `writing ${outputPath}`);
  return { pageCount: added.page_count, written };
}

/**
 * Astro's prerenderer with the searchable pages first (`urls.isSearchablePageFile`), so that
 * `LiveIndex` has all of them while the other pages still render, and Pagefind writes the index
 * meanwhile. `expect` is told which searchable files the build renders, and `afterSearchable` is
 * called when the first other page is about to render: every searchable page has been rendered or
 * reused, and written. The order of the pages is all that changes: each page is rendered by `base`
 * as before, and pages of one path keep their order (Astro keeps the first of two routes that build
 * the same path).
 */
export function searchablePagesFirst(
  base: AstroPrerenderer,
  expect: (files: string[]) => void,
  afterSearchable: () => void = () => undefined,
): AstroPrerenderer {
  let searchableDone = false;
  return {
    name: `${base.name} (search pages first)`,
    setup: base.setup && (() => base.setup!()),
    getStaticPaths: async () => {
      const paths = await base.getStaticPaths();
      const searchable = paths.filter((p) => p.route.type !== 'fallback' && searchableFileOf(p.pathname));
      expect([...new Set(searchable.map((p) => searchableFileOf(p.pathname)!))]);
      const first = new Set(searchable);
      return [...searchable, ...paths.filter((p) => !first.has(p))];
    },
    render: (request, options) => {
      if (!searchableDone && !searchableFileOf(new URL(request.url).pathname)) {
        searchableDone = true;
        afterSearchable();
      }
      return base.render(request, options);
    },
    collectStaticImages: base.collectStaticImages && (() => base.collectStaticImages!()),
    teardown: base.teardown && (() => base.teardown!()),
  };
}

/**
 * Writes the search index of the built site in `outDir`: the last build's when every page is the
 * same, else the one built while rendering when it is complete, else one read from disk now.
 */
async function buildIndex(outDir: string, logger: AstroIntegrationLogger, live?: LiveIndex): Promise<void> {
  const started = performance.now();
  const output = path.join(outDir, PAGEFIND_PATH);
  try {
    const { key, searchable } = await scanSite(outDir);
    const cached = path.join(CACHE_DIR(), key);
    if (await stat(cached).catch(() => undefined)) {
      await live?.discard();
      await rm(output, { recursive: true, force: true });
      await placeTree(cached, output);
      await finishIndex(outDir, output);
      logger.info(
        `Search index: the pages are the same as in the last build, so its index (${await indexedPageCount(output)} pages) ` +
          `was reused in ${Math.round(performance.now() - started)} ms → ${PAGEFIND_PATH}`,
      );
      return;
    }
    const index = await live?.ifComplete(searchable);
    const readEarly = index ? undefined : await live?.readFromDiskIfCurrent(outDir, searchable, output);
    let read: string;
    let written: WriteFilesResponse;
    if (index) {
      const early = live!.writtenEarly ? ', written while the other pages rendered' : '';
      read = `${live!.size} read as they were rendered${early}`;
      written = await live!.write(output);
    } else if (readEarly) {
      await live?.discard();
      read = `of ${readEarly.pageCount} HTML files read from disk while the other pages rendered`;
      written = readEarly.written;
    } else {
      await live?.discard();
      await rm(output, { recursive: true, force: true });
      const fromDisk = await readFromDisk(outDir, output, newIndex);
      read = `of ${fromDisk.pageCount} HTML files read from disk`;
      written = fromDisk.written;
    }
    failOn(written.errors, `writing ${written.outputPath}`);
    await keepForNextBuild(output, cached).catch((error: unknown) =>
      logger.warn(`Search index: not kept for the next build (${String(error)}); the next build will index again.`),
    );
    await finishIndex(outDir, output);
    const indexed = await indexedPageCount(written.outputPath);
    const ms = Math.round(performance.now() - started);
    logger.info(`Indexed ${indexed} pages (${read}; ja and en in one index) in ${ms} ms → ${PAGEFIND_PATH}`);
  } catch (error) {
    throw new Error(
      `Search index: Pagefind failed on ${outDir}. The site is built, but search would not work. ` +
        'Check that the `pagefind` package is installed (npm ci) and see the cause below.',
      { cause: error },
    );
  } finally {
    await pagefind.close();
    // Stopped, not yet gone: wait, so the build leaves no process behind and its CPU time counts.
    if (!(await childrenExited('pagefind')))
      logger.warn("Search index: Pagefind's process had not exited 15 s after it was stopped; not waiting longer.");
  }
}

/**
 * What every build adds to the index, new or reused: `principles.json` (our file, not Pagefind's)
 * and the search pages' preload hints.
 */
async function finishIndex(outDir: string, output: string): Promise<void> {
  await writeFile(path.join(output, PRINCIPLES_FILE), principlesFile(await fragmentFiles(output)));
  await addSearchPreloads(outDir);
}

/** Keeps Pagefind's output as the only index in the cache (placed, then renamed into place when complete). */
async function keepForNextBuild(output: string, cached: string): Promise<void> {
  const dir = path.dirname(cached);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const tmp = `${cached}.${process.pid}.tmp`;
  await placeTree(output, tmp);
  await rename(tmp, cached);
}

/**
 * Adds preload hints to the built search pages (src/lib/search-preloads.ts): the modules their
 * scripts import.
 */
async function addSearchPreloads(outDir: string): Promise<void> {
  for (const lang of LANGS) {
    const page = path.join(outDir, urls.search(lang), 'index.html');
    const html = await readFile(page, 'utf8');
    const imports: string[] = [];
    for (const src of moduleScripts(html))
      imports.push(...staticImports(await readFile(path.join(outDir, src), 'utf8'), src));
    const hints = searchPagePreloads(imports).filter((module) => !html.includes(`"${module}"`));
    await writeFile(page, withPreloads(html, modulePreloadLinks(hints)));
  }
}

/** Pages with a searchable body, from the index's own entry file (Pagefind reports only files read). */
async function indexedPageCount(outputPath: string): Promise<number> {
  return pageCount(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
}

function pageCount(entryJson: string): number {
  const entry = JSON.parse(entryJson) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

async function newIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  failOn(errors, 'starting Pagefind');
  // Pagefind's process indexes and writes beside Astro's rendering: let the rendering go first.
  runChildrenInBackground('pagefind');
  if (!index) throw new Error('Pagefind returned no index.');
  return index;
}

interface IndexFile {
  path: string;
  content: Uint8Array;
}

/**
 * The fragment files just written, read from disk: `index.getFiles()` would send the whole index
 * back over Pagefind's stdio as JSON, which took as long as writing it (10 s at 1,000 stories).
 */
async function fragmentFiles(outputPath: string): Promise<IndexFile[]> {
  const dir = path.join(outputPath, 'fragment');
  const names = await readdir(dir);
  return Promise.all(
    names.map(async (name) => ({ path: `fragment/${name}`, content: await readFile(path.join(dir, name)) })),
  );
}

/** A principle page's fragment holds this filter; only those fragments need to be parsed. */
const PRINCIPLE_MARK = '"kind":["principle"]';

/** `principles.json`: the names of every principle page, by Pagefind id (src/lib/search-principles.ts). */
function principlesFile(files: readonly IndexFile[]): string {
  const fragments = files
    .filter((f) => f.path.includes('fragment/'))
    .map((f) => ({ path: f.path, text: decompress(f.content) }))
    .filter((f) => f.text.includes(PRINCIPLE_MARK))
    .map((f) => ({ path: f.path, json: JSON.parse(f.text) as unknown }));
  return JSON.stringify(principleNames(fragments));
}

/** Pagefind's files are gzip'd and start with a 12-byte signature once unpacked. */
const SIGNATURE = 'pagefind_dcd';
function decompress(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(gunzipSync(bytes));
  return text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text;
}

function failOn(errors: readonly string[], step: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed ${step}:\n${errors.join('\n')}`);
}

function hostFor(address: AddressInfo): string {
  if (address.address === '::' || address.address === '0.0.0.0' || address.address === '::1') return 'localhost';
  return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/** The dev server's index: built on the first search after a change, from the pages as they render now. */
class DevIndex {
  private files: Promise<Map<string, Uint8Array>> | undefined;

  constructor(
    private readonly origin: () => string | undefined,
    private readonly logger: AstroIntegrationLogger,
  ) {}

  invalidate(): void {
    this.files = undefined;
  }

  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const file = new URL(req.url ?? '/', 'http://dev').pathname.slice(PAGEFIND_PATH.length);
    let files: Map<string, Uint8Array>;
    try {
      files = await (this.files ??= this.build());
    } catch (error) {
      this.files = undefined;
      this.logger.error(`Search index for the dev server failed: ${String(error)}`);
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The dev server could not build the search index; see its log.');
      return;
    }
    const body = files.get(file);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`No ${file} in the search index.`);
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  }

  /** Walks the site from both home pages and indexes every page it reaches. */
  private async build(): Promise<Map<string, Uint8Array>> {
    const origin = this.origin();
    if (!origin) throw new Error('the dev server has not started listening yet');
    const started = performance.now();
    const index = await newIndex();
    try {
      const seen = new Set<string>(['/', '/en/']);
      const queue = [...seen];
      let pages = 0;
      const worker = async () => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
          const res = await fetch(origin + next);
          if (!res.ok || !res.headers.get('content-type')?.includes('text/html')) continue;
          const html = await res.text();
          for (const link of pageLinks(html, origin + next)) {
            if (!seen.has(link) && seen.size < DEV_MAX_PAGES) {
              seen.add(link);
              queue.push(link);
            }
          }
          const added = await index.addHTMLFile({ url: next, content: html });
          failOn(added.errors, `indexing ${next}`);
          pages++;
        }
      };
      // Workers share the queue; run rounds until no worker finds more links.
      while (queue.length > 0) await Promise.all(Array.from({ length: DEV_CONCURRENCY }, worker));
      const { files, errors } = await index.getFiles();
      failOn(errors, 'building the in-memory index');
      const served = new Map(files.map((f) => [f.path.replace(/^\/+/, ''), f.content]));
      served.set(PRINCIPLES_FILE, new TextEncoder().encode(principlesFile(files)));
      const ms = Math.round(performance.now() - started);
      const entry = served.get('pagefind-entry.json');
      const indexed = entry ? pageCount(new TextDecoder().decode(entry)) : 0;
      this.logger.info(`Search index for the dev server: ${indexed} pages (of ${pages} crawled) in ${ms} ms`);
      return served;
    } finally {
      await index.deleteIndex();
    }
  }
}

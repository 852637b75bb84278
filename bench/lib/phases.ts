/**
 * The phases of a build, read from its log. Astro prints timestamps in whole seconds, so the runner
 * stamps every line with the millisecond it arrived, and this module turns those lines into phases:
 *
 * - content sync: `[content] Syncing content` → `[content] Synced content`;
 * - bundle: `Building static entrypoints` → `generating static routes`;
 * - render: page generation as Astro reports it, less the routes counted as feeds or social cards;
 * - social cards, feeds: routes that produce them (`(+12ms)` per route) plus integration log lines
 *   about them;
 * - search index: integration lines about Pagefind or search (their own "in 1.2s" when they print
 *   one, else from the line before the first of them to the last), or the Pagefind CLI run.
 *
 * Phases that a build does not have yet stay `undefined` and print as n/a, so the bench picks up
 * search, social cards and feeds when they land without changes here.
 */

export interface LogLine {
  /** Milliseconds since the build started, when the line arrived. */
  t: number;
  text: string;
}

export interface Phases {
  contentSync?: number;
  bundle?: number;
  render?: number;
  socialCards?: number;
  searchIndex?: number;
  feeds?: number;
  /** From the end of rendering to the end of the build: `astro:build:done` hooks and the like. */
  afterRender?: number;
}

export const PHASE_NAMES: Record<keyof Phases, string> = {
  contentSync: 'content sync',
  bundle: 'bundle (vite)',
  render: 'render pages',
  socialCards: 'social cards',
  searchIndex: 'search index',
  feeds: 'feeds',
  afterRender: 'after render (hooks)',
};

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const ROUTE = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;
const TAGGED = /^(?:\d\d:\d\d:\d\d )?\[([\w:@/.-]+)\] (.*)$/;
const DURATION = /\b(?:in|took)\s+(\d+(?:\.\d+)?)\s*(ms|s)\b/i;
// Astro writes a minute and more as `2m 10s`.
const COMPLETED = /^(?:\d\d:\d\d:\d\d )?✓ Completed in (?:(\d+)m )?(\d+(?:\.\d+)?)(ms|s)/;
const ASTRO_TAGS = new Set(['build', 'vite', 'content', 'types', 'WARN', 'ERROR', 'check', 'config']);

export const SOCIAL_CARD_ROUTE = /(?:^|\/)(?:og|social|cards?)\/|\.(?:png|jpe?g|webp)$/i;
export const FEED_ROUTE = /(?:rss|atom|feed)[^/]*\.(?:xml|json)$|\/feed(?:\.json)?\/?$/i;
const SEARCH_TEXT = /pagefind|search/i;
const CARD_TEXT = /\bog\b|social|card/i;
const FEED_TEXT = /\bfeeds?\b|\brss\b|\batom\b/i;

const ms = (value: string, unit: string) => Number(value) * (unit === 's' ? 1000 : 1);

function add(phases: Phases, key: keyof Phases, value: number) {
  phases[key] = (phases[key] ?? 0) + value;
}

export function parsePhases(lines: readonly LogLine[], end: number): Phases {
  const phases: Phases = {};
  const clean = lines.map((l) => ({ t: l.t, text: l.text.replace(ANSI, '').trim() }));
  const find = (re: RegExp, from = 0) => {
    for (let i = from; i < clean.length; i++) if (re.test(clean[i]!.text)) return i;
    return -1;
  };
  const syncing = find(/\[content\] Syncing content/);
  const synced = find(/\[content\] Synced content/);
  if (syncing >= 0 && synced >= 0) phases.contentSync = clean[synced]!.t - clean[syncing]!.t;

  const entrypoints = find(/Building static entrypoints/);
  const generating = find(/generating static routes/);
  if (entrypoints >= 0 && generating >= 0) phases.bundle = clean[generating]!.t - clean[entrypoints]!.t;

  let renderEnd = -1;
  if (generating >= 0) {
    renderEnd = find(COMPLETED, generating);
    const done = renderEnd >= 0 ? COMPLETED.exec(clean[renderEnd]!.text) : null;
    let render = done ? Number(done[1] ?? 0) * 60_000 + ms(done[2]!, done[3]!) : undefined;
    for (let i = generating; i < (renderEnd >= 0 ? renderEnd : clean.length); i++) {
      const route = ROUTE.exec(clean[i]!.text);
      if (!route) continue;
      const took = ms(route[2]!, route[3]!);
      const key = SOCIAL_CARD_ROUTE.test(route[1]!) ? 'socialCards' : FEED_ROUTE.test(route[1]!) ? 'feeds' : undefined;
      if (key) {
        add(phases, key, took);
        if (render !== undefined) render -= took;
      }
    }
    if (render !== undefined) phases.render = Math.max(0, render);
  }

  // Integration lines after rendering (astro:build:done hooks): group consecutive lines by label.
  const after = renderEnd >= 0 ? renderEnd : generating;
  if (after >= 0) {
    phases.afterRender = end - clean[after]!.t;
    // Group lines by label and by what they are about, so one integration logging several phases works.
    const groups = new Map<string, { key: keyof Phases; first: number; last: number; said?: number }>();
    for (let i = after + 1; i < clean.length; i++) {
      const tagged = TAGGED.exec(clean[i]!.text);
      if (!tagged || ASTRO_TAGS.has(tagged[1]!)) continue;
      const text = `${tagged[1]} ${tagged[2]}`;
      const key: keyof Phases | undefined = SEARCH_TEXT.test(text)
        ? 'searchIndex'
        : CARD_TEXT.test(text)
          ? 'socialCards'
          : FEED_TEXT.test(text)
            ? 'feeds'
            : undefined;
      if (!key) continue;
      const id = `${tagged[1]} ${key}`;
      const g = groups.get(id) ?? { key, first: i, last: i };
      g.last = i;
      const d = DURATION.exec(tagged[2]!);
      if (d) g.said = Math.max(g.said ?? 0, ms(d[1]!, d[2]!));
      groups.set(id, g);
    }
    for (const g of groups.values()) add(phases, g.key, g.said ?? clean[g.last]!.t - clean[g.first - 1]!.t);
  }
  return phases;
}

/** What `/usr/bin/time -v` says about a command (and every process it waited for). */
export interface ResourceUse {
  userSeconds: number;
  systemSeconds: number;
  /** The largest resident set of the command or any of its children, in bytes. */
  maxRssBytes: number;
}

export function parseTimeV(text: string): ResourceUse {
  const num = (label: string) => {
    const m = new RegExp(`${label}[^:]*:\\s*([\\d.]+)`).exec(text);
    if (!m) throw new Error(`/usr/bin/time -v output has no "${label}" line:\n${text}`);
    return Number(m[1]);
  };
  return {
    userSeconds: num('User time'),
    systemSeconds: num('System time'),
    maxRssBytes: num('Maximum resident set size') * 1024,
  };
}

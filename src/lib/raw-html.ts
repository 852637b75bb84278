import { mdxToMdast, type MdastNode } from 'satteri';
import type { Lang } from './i18n';

/**
 * Finds HTML in an MDX body that could run code or pull in another site: raw `<script>` and
 * `<iframe>` (and their cousins `<frame>`, `<object>`, `<embed>`), inline event handlers
 * (`onclick`, `onClick={…}`) and `javascript:` URLs, each with its line and column in the body.
 *
 * `npm run check` turns each finding into an error naming the file; `siteConfig.mdx.allowRawHtml`
 * lets a site allow a `<script src>` or `<iframe src>` it trusts. The body is parsed with Sätteri,
 * the MDX parser Astro's own pipeline uses, so that what we check is what the build will render
 * (a regular expression would miss `<a href="&#106;avascript:…">` or flag code blocks).
 */

export type RawHtmlKind = 'script' | 'iframe' | 'embed' | 'event-handler' | 'javascript-url';

export interface RawHtmlFinding {
  kind: RawHtmlKind;
  /** 1-based line in the body passed in (add the frontmatter's lines to get the file's line). */
  line: number;
  /** 1-based column. */
  column: number;
  /** The element as written, such as `script` or `a`; `link` for a Markdown link. */
  element: string;
  /** What is wrong, in one sentence, in each language. */
  message: Record<Lang, string>;
  /** How to fix it, in each language. */
  hint: Record<Lang, string>;
}

/** Which `<script src>` and `<iframe src>` a site allows: exact URLs, or prefixes ending in `/`. */
export interface RawHtmlAllowList {
  script: readonly string[];
  iframe: readonly string[];
}

export type RawHtmlScan =
  | { ok: true; findings: RawHtmlFinding[] }
  /** The body is not valid MDX; the build would fail on it too. */
  | { ok: false; error: { line: number; column: number; message: string } };

const NONE: RawHtmlAllowList = { script: [], iframe: [] };

/** Elements that embed another document or plugin; never allowed, as no site needs them. */
const EMBEDS = new Set(['frame', 'frameset', 'object', 'embed', 'applet']);

/** Attribute names browsers treat as event handlers (`onclick`, and JSX's `onClick`). */
const EVENT_HANDLER = /^on[a-z]/i;

/**
 * Browsers drop ASCII whitespace and control characters inside a URL's scheme
 * (`java\tscript:` runs), so they are dropped here before comparing. Source: WHATWG URL,
 * "remove all ASCII tab or newline" and leading/trailing C0 control or space.
 */
function isScriptUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return compact.startsWith('javascript:') || compact.startsWith('vbscript:');
}

function allowed(src: string | undefined, list: readonly string[]): boolean {
  if (!src) return false;
  return list.some((entry) => (entry.endsWith('/') ? src.startsWith(entry) : src === entry));
}

type Attribute = { type: string; name?: string; value?: unknown };

function attributeText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value;
  return undefined;
}

function walk(node: RawHtmlNode, visit: (node: RawHtmlNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

export function scanRawHtml(body: string, allow: RawHtmlAllowList = NONE): RawHtmlScan {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { position: true });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // Sätteri's messages start with `line:column: `.
    const m = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text);
    return {
      ok: false,
      error: m ? { line: Number(m[1]), column: Number(m[2]), message: m[3]! } : { line: 1, column: 1, message: text },
    };
  }
  return { ok: true, findings: findRawHtml(tree, allow) };
}

const LINK_INSTEAD = {
  ja: 'ページへのリンク（https://… や /stories/…）にしてください',
  en: 'link to a page (https://… or /stories/…) instead',
};

/** A node of an MDX tree as far as this module reads it (Sätteri's mdast, or the checker's view of it). */
export interface RawHtmlNode {
  type: string;
  children?: readonly RawHtmlNode[];
  position?: { start: { line: number; column: number } };
  url?: string;
  name?: string | null;
  attributes?: readonly Attribute[];
}

/** The findings in an already parsed MDX tree; lines are the tree's. */
export function findRawHtml(tree: RawHtmlNode | MdastNode, allow: RawHtmlAllowList = NONE): RawHtmlFinding[] {
  const findings: RawHtmlFinding[] = [];
  walk(tree as RawHtmlNode, (node) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    const at = { line: start.line, column: start.column };

    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      if (typeof node.url === 'string' && isScriptUrl(node.url)) {
        const image = node.type === 'image';
        findings.push({
          kind: 'javascript-url',
          ...at,
          element: node.type,
          message: {
            ja: `${image ? 'Markdown の画像' : 'Markdown のリンク'}の行き先が javascript: URL です。読者のブラウザでコードが動きます。`,
            en: `A ${image ? 'Markdown image' : 'Markdown link'} points at a javascript: URL, which would run code in the reader's browser.`,
          },
          hint: LINK_INSTEAD,
        });
      }
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node.name ?? '';
    const name = element.toLowerCase();
    const attributes = node.attributes ?? [];
    const src = attributeText(attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value);

    if (name === 'script') {
      if (!allowed(src, allow.script)) {
        findings.push({
          kind: 'script',
          ...at,
          element,
          message: src
            ? {
                ja: `<script src="${src}"> はサイトの設定で許可されていないスクリプトを読み込みます。`,
                en: `<script src="${src}"> loads a script that the site config does not allow.`,
              }
            : {
                ja: '<script> は読者のブラウザで動きます。コンテンツにコードは書けません。',
                en: 'An inline <script> would run in the reader’s browser; content may not carry code.',
              },
          hint: src
            ? {
                ja: `消すか、サイトで動かすべきものなら src/config.ts の mdx.allowRawHtml.script に "${src}" を加えてください（docs/security.md）`,
                en: `remove it, or if the site should run it, add "${src}" to mdx.allowRawHtml.script in src/config.ts (see docs/security.md)`,
              }
            : {
                ja: '消してください。必要な働きは src/user-components/ の部品として頼んでください',
                en: 'remove it, or ask for a component in src/user-components/ that does what you need',
              },
        });
      }
    } else if (name === 'iframe') {
      if (!allowed(src, allow.iframe)) {
        findings.push({
          kind: 'iframe',
          ...at,
          element,
          message: src
            ? {
                ja: `<iframe src="${src}"> はサイトの設定で許可されていないページを埋め込みます。`,
                en: `<iframe src="${src}"> embeds a page that the site config does not allow.`,
              }
            : {
                ja: '許可された src のない <iframe> は、別の文書をページに埋め込みます。',
                en: 'An <iframe> without an allowed src embeds another document in the page.',
              },
          hint: src
            ? {
                ja: `消してリンクにするか、src/config.ts の mdx.allowRawHtml.iframe に "${src}" を加えてください（docs/security.md）`,
                en: `remove it and link to it instead, or add "${src}" to mdx.allowRawHtml.iframe in src/config.ts (see docs/security.md)`,
              }
            : { ja: '消して、ページへのリンクにしてください', en: 'remove it, or link to the page instead' },
        });
      }
    } else if (EMBEDS.has(name)) {
      findings.push({
        kind: 'embed',
        ...at,
        element,
        message: {
          ja: `<${element}> はプラグインや別の文書を埋め込みます。コンテンツには書けません。`,
          en: `<${element}> embeds a plugin or another document, which content may not do.`,
        },
        hint: { ja: '消して、リンクにしてください', en: 'remove it, or link to the resource instead' },
      });
    }

    for (const a of attributes) {
      if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
      if (EVENT_HANDLER.test(a.name)) {
        findings.push({
          kind: 'event-handler',
          ...at,
          element,
          message: {
            ja: `<${element} ${a.name}> はイベントハンドラで、読者のブラウザでコードが動きます。`,
            en: `<${element} ${a.name}> is an inline event handler, which would run code in the reader’s browser.`,
          },
          hint: {
            ja: `${a.name} を消してください。コンテンツにコードは書けません`,
            en: `remove ${a.name}; content may not carry code`,
          },
        });
        continue;
      }
      const text = attributeText(a.value);
      // A string literal inside an expression (`href={"javascript:…"}`) counts too.
      const literal = typeof a.value === 'object' && text ? /["'`]\s*(javascript|vbscript)\s*:/i.test(text) : false;
      if ((typeof a.value === 'string' && isScriptUrl(a.value)) || literal) {
        findings.push({
          kind: 'javascript-url',
          ...at,
          element,
          message: {
            ja: `<${element} ${a.name}> が javascript: URL です。読者のブラウザでコードが動きます。`,
            en: `<${element} ${a.name}> is a javascript: URL, which would run code in the reader’s browser.`,
          },
          hint: LINK_INSTEAD,
        });
      }
    }
  });
  return findings;
}

import { mdxToMdast, type MdastNode } from 'satteri';

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
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint: string;
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

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  if ('children' in node && Array.isArray(node.children)) {
    for (const child of node.children as MdastNode[]) walk(child, visit);
  }
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

  const findings: RawHtmlFinding[] = [];
  walk(tree, (node) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    const at = { line: start.line, column: start.column };

    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      if (isScriptUrl(node.url)) {
        findings.push({
          kind: 'javascript-url',
          ...at,
          element: node.type,
          message: `A ${node.type === 'image' ? 'Markdown image' : 'Markdown link'} points at a javascript: URL, which would run code in the reader's browser.`,
          hint: 'link to a page (https://… or /stories/…) instead',
        });
      }
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node.name ?? '';
    const name = element.toLowerCase();
    const attributes = node.attributes as readonly Attribute[];
    const src = attributeText(attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value);

    if (name === 'script') {
      if (!allowed(src, allow.script)) {
        findings.push({
          kind: 'script',
          ...at,
          element,
          message: src
            ? `<script src="${src}"> loads a script that the site config does not allow.`
            : 'An inline <script> would run in the reader’s browser; content may not carry code.',
          hint: src
            ? `if the site should run it, add "${src}" to mdx.allowRawHtml.script in src/config.ts (see docs/security.md)`
            : 'remove it, or ask for a component in src/user-components/ that does what you need',
        });
      }
    } else if (name === 'iframe') {
      if (!allowed(src, allow.iframe)) {
        findings.push({
          kind: 'iframe',
          ...at,
          element,
          message: src
            ? `<iframe src="${src}"> embeds a page that the site config does not allow.`
            : 'An <iframe> without an allowed src embeds another document in the page.',
          hint: src
            ? `link to it instead, or add "${src}" to mdx.allowRawHtml.iframe in src/config.ts (see docs/security.md)`
            : 'remove it, or link to the page instead',
        });
      }
    } else if (EMBEDS.has(name)) {
      findings.push({
        kind: 'embed',
        ...at,
        element,
        message: `<${element}> embeds a plugin or another document, which content may not do.`,
        hint: 'remove it, or link to the resource instead',
      });
    }

    for (const a of attributes) {
      if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
      if (EVENT_HANDLER.test(a.name)) {
        findings.push({
          kind: 'event-handler',
          ...at,
          element,
          message: `<${element} ${a.name}> is an inline event handler, which would run code in the reader’s browser.`,
          hint: `remove ${a.name}; content may not carry code`,
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
          message: `<${element} ${a.name}> is a javascript: URL, which would run code in the reader’s browser.`,
          hint: 'link to a page (https://… or /stories/…) instead',
        });
      }
    }
  });
  return { ok: true, findings };
}

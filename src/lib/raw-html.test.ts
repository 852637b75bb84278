import { describe, expect, it } from 'vitest';
import { scanRawHtml, type RawHtmlFinding } from './raw-html';

function findings(body: string, allow?: Parameters<typeof scanRawHtml>[1]): RawHtmlFinding[] {
  const scan = scanRawHtml(body, allow);
  if (!scan.ok) throw new Error(`unexpected parse error: ${scan.error.message}`);
  return scan.findings;
}

const where = (f: RawHtmlFinding[]) => f.map((x) => `${x.kind}@${x.line}:${x.column}`);

describe('scanRawHtml', () => {
  it('accepts Markdown, components and ordinary links', () => {
    const body = [
      '## 見出し',
      '',
      'See [the docs](https://example.com/docs) and [a story](/stories/x/).',
      '',
      '<Principle id="dont-build-unused" />',
      '',
      '<a href="https://example.com">a link</a> <img src="/x.png" alt="" />',
      '',
      '```html',
      '<script>alert(1)</script>',
      '<a onclick="x" href="javascript:void(0)">in a code block is only text</a>',
      '```',
      '',
      'Inline code `<script>` is text too.',
    ].join('\n');
    expect(findings(body)).toEqual([]);
  });

  it('finds a raw <script>, inline or from a src, with its line and column', () => {
    const body = 'Intro.\n\n<script>alert(1)</script>\n\nText <script src="https://evil.example/x.js"></script>\n';
    const f = findings(body);
    expect(where(f)).toEqual(['script@3:1', 'script@5:6']);
    expect(f[0]!.message.en).toMatch(/inline <script>/);
    expect(f[1]!.message.en).toContain('https://evil.example/x.js');
    expect(f[1]!.hint.en).toContain('mdx.allowRawHtml.script');
  });

  it('finds <iframe> and embeds', () => {
    const body = '<iframe src="https://tracker.example/" />\n\n<object data="x.swf" />\n\n<embed src="y" />\n';
    expect(where(findings(body))).toEqual(['iframe@1:1', 'embed@3:1', 'embed@5:1']);
  });

  it('finds event handlers in HTML and JSX spelling, string or expression', () => {
    const body = '<div onmouseover="steal()">a</div>\n\n<button onClick={() => x()}>b</button>\n';
    const f = findings(body);
    expect(where(f)).toEqual(['event-handler@1:1', 'event-handler@3:1']);
    expect(f[1]!.message.en).toContain('onClick');
  });

  it('finds javascript: URLs however they are disguised', () => {
    const body = [
      '[click](javascript:alert(1))',
      '',
      '<a href="JavaScript:alert(1)">x</a>',
      '',
      '<a href="&#106;avascript:alert(1)">entity</a>',
      '',
      '<a href={"javascript:alert(1)"}>expression</a>',
      '',
      '[ref]: javascript:alert(1)',
      '',
      '<a href="java	script:alert(1)">tab</a>',
    ].join('\n');
    expect(where(findings(body))).toEqual([
      'javascript-url@1:1',
      'javascript-url@3:1',
      'javascript-url@5:1',
      'javascript-url@7:1',
      'javascript-url@9:1',
      'javascript-url@11:1',
    ]);
  });

  it('lets the allow-list name a script or iframe by exact URL or by prefix', () => {
    const allow = { script: ['https://cdn.example/widget.js'], iframe: ['https://www.youtube-nocookie.com/embed/'] };
    const body = [
      '<script src="https://cdn.example/widget.js"></script>',
      '',
      '<script src="https://cdn.example/widget.js?v=2"></script>',
      '',
      '<iframe src="https://www.youtube-nocookie.com/embed/abc" />',
      '',
      '<iframe src="https://www.youtube.com/embed/abc" />',
      '',
      '<script>inline()</script>',
    ].join('\n');
    expect(where(findings(body, allow))).toEqual(['script@3:1', 'iframe@7:1', 'script@9:1']);
  });

  it('still refuses an event handler on an allowed element', () => {
    const allow = { script: [], iframe: ['https://maps.example/'] };
    expect(where(findings('<iframe src="https://maps.example/a" onload="x()" />\n', allow))).toEqual([
      'event-handler@1:1',
    ]);
  });

  it('reports a body that is not MDX with its position instead of throwing', () => {
    const scan = scanRawHtml('Line one.\n\nhello <div\n');
    expect(scan.ok).toBe(false);
    if (!scan.ok) {
      expect(scan.error.line).toBe(3);
      expect(scan.error.message).toMatch(/Unexpected/);
    }
  });
});

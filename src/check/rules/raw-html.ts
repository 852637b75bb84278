import { siteConfig } from '../../config';
import { findRawHtml, type RawHtmlAllowList } from '../../lib/raw-html';
import { eachDoc, type Rule } from '../context';
import { problem } from '../problem';

/**
 * Raw HTML that would run code or pull in another site: `<script>`, `<iframe>` (and `<object>`,
 * `<embed>`…), inline event handlers and `javascript:` URLs. Each is an error at its line unless the
 * site config allows its `src` (`mdx.allowRawHtml` in src/config.ts; docs/security.md). The detector
 * is `src/lib/raw-html.ts`; this rule runs it on the tree the checker already parsed, so lines are
 * the file's.
 */
export function rawHtmlRule(allow: RawHtmlAllowList = siteConfig.mdx.allowRawHtml): Rule {
  return {
    name: 'raw-html',
    run: (ctx) =>
      eachDoc(ctx, 'raw-html', (doc, report) => {
        if (!doc.tree) return;
        for (const f of findRawHtml(doc.tree, allow)) {
          report(problem('raw-html', 'error', doc.file.path, { line: f.line, column: f.column }, f.message, f.hint));
        }
      }),
  };
}

import type { Lang } from '../lib/i18n';
import type { CheckProblem, Severity } from './problem';

/**
 * How `npm run check` prints its verdict: like a compiler, `path:line:column  message  (hint)`,
 * grouped by file, in the author's language; and, in GitHub Actions, as workflow commands that put
 * each problem on its line of the pull request.
 */

const LABEL: Record<Lang, Record<Exclude<Severity, 'error'>, string>> = {
  ja: { warning: '警告: ', notice: 'お知らせ: ' },
  en: { warning: 'warning: ', notice: 'note: ' },
};

export function formatLine(p: CheckProblem, lang: Lang): string {
  const label = p.severity === 'error' ? '' : LABEL[lang][p.severity];
  const hint = p.hint?.[lang] ? `  (${p.hint[lang]})` : '';
  return `${p.file}:${p.line}:${p.column}  ${label}${p.message[lang]}${hint}`;
}

/** Problems grouped by file (already sorted), a blank line between files. */
export function formatReport(problems: readonly CheckProblem[], lang: Lang): string {
  const groups: string[][] = [];
  let current: string | undefined;
  for (const p of problems) {
    if (p.file !== current) {
      groups.push([]);
      current = p.file;
    }
    groups.at(-1)!.push(formatLine(p, lang));
  }
  return groups.map((g) => g.join('\n')).join('\n\n');
}

export function counts(problems: readonly CheckProblem[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, notice: 0 };
  for (const p of problems) c[p.severity]++;
  return c;
}

export function formatSummary(problems: readonly CheckProblem[], lang: Lang, files: number, seconds: number): string {
  const c = counts(problems);
  const time = seconds.toFixed(2);
  if (lang === 'ja') {
    const head = c.error === 0 ? '✓ エラーはありません' : `✗ エラー ${c.error} 件`;
    return `${head}、警告 ${c.warning} 件、お知らせ ${c.notice} 件（${files} ファイル、${time} 秒）`;
  }
  const head = c.error === 0 ? '✓ No errors' : `✗ ${c.error} error${c.error === 1 ? '' : 's'}`;
  return `${head}, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.notice} note${c.notice === 1 ? '' : 's'} (${files} files, ${time} s)`;
}

// Workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=…::message (hint)` */
export function formatAnnotation(p: CheckProblem, lang: Lang): string {
  const hint = p.hint?.[lang] ? ` (${p.hint[lang]})` : '';
  const props = [
    `file=${escapeProperty(p.file)}`,
    `line=${p.line}`,
    `col=${p.column}`,
    `title=${escapeProperty(`npm run check: ${p.rule}`)}`,
  ];
  return `::${p.severity} ${props.join(',')}::${escapeData(p.message[lang] + hint)}`;
}

/** A Markdown table whose columns line up in a terminal too, so the README can take it as printed. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (s: string) =>
    [...s].reduce(
      (w, ch) =>
        w +
        (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
          ? 2
          : 1),
      0,
    );
  const cols = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    `| ${cols.map((w, i) => (cells[i] ?? '') + ' '.repeat(w - width(cells[i] ?? ''))).join(' | ')} |`;
  return [line(header), `| ${cols.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

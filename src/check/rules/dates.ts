import { yamlPathPosition } from '../../lib/source-position';
import { eachDoc, type Rule } from '../context';
import { problem } from '../problem';

/**
 * Dates that are not dates. The schema coerces whatever it is given, so `2025-02-30` silently
 * becomes the 2nd of March and `2025/04/01` a local-time day that depends on the machine; this
 * rule insists on a real calendar day written as YYYY-MM-DD (or a full ISO date and time).
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const FIELDS = ['pubDate', 'updatedDate'] as const;

/** Why a written date is not a real day, or undefined when it is one. */
export function dateProblem(value: unknown): 'format' | 'no-such-day' | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'format' : undefined;
  if (typeof value !== 'string') return 'format';
  const day = DAY.exec(value.trim());
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
      ? undefined
      : 'no-such-day';
  }
  if (DATE_TIME.test(value.trim()) && !Number.isNaN(new Date(value).getTime())) return undefined;
  return 'format';
}

export const datesRule: Rule = {
  name: 'dates',
  run: (ctx) =>
    eachDoc(ctx, 'dates', (doc, report) => {
      if (doc.collection !== 'stories' || !doc.data || typeof doc.data !== 'object') return;
      const data = doc.data as Record<string, unknown>;
      for (const field of FIELDS) {
        const value = data[field];
        // Found by the fuzz test: the schema leaves date fields to this rule, which skipped a missing
        // pubDate; the build then failed on it at line 0:0.
        if (value === undefined && field === 'pubDate') {
          report(
            problem(
              'dates',
              'error',
              doc.file.path,
              undefined,
              { ja: '「pubDate」がありません。', en: 'pubDate is missing.' },
              {
                ja: '公開日を pubDate: 2025-04-14 のように書いてください',
                en: 'add the day of publication, such as pubDate: 2025-04-14',
              },
            ),
          );
          continue;
        }
        if (value === undefined || (value === null && field === 'updatedDate')) continue;
        // Found only when there is something to report: reading the YAML again costs more than the check.
        const at = () => yamlPathPosition(doc.file.text, [field], { frontmatter: true });
        if (value === null) {
          report(
            problem(
              'dates',
              'error',
              doc.file.path,
              at(),
              { ja: `「${field}」が空です。`, en: `${field} is empty.` },
              {
                ja: 'YYYY-MM-DD の形で日付を書いてください（例: 2025-04-14）',
                en: 'write a date as YYYY-MM-DD, such as 2025-04-14',
              },
            ),
          );
          continue;
        }
        const why = dateProblem(value);
        if (why === 'no-such-day') {
          report(
            problem(
              'dates',
              'error',
              doc.file.path,
              at(),
              {
                ja: `「${field}」の ${String(value)} は存在しない日付です。`,
                en: `${field}: ${String(value)} is not a day of the calendar.`,
              },
              { ja: '月と日を確かめてください', en: 'check the month and the day' },
            ),
          );
        } else if (why === 'format') {
          report(
            problem(
              'dates',
              'error',
              doc.file.path,
              at(),
              {
                ja: `「${field}」の「${String(value)}」は日付として読めません。`,
                en: `${field}: "${String(value)}" is not a date.`,
              },
              {
                ja: 'YYYY-MM-DD の形で書いてください（例: 2025-04-14）',
                en: 'write it as YYYY-MM-DD, such as 2025-04-14',
              },
            ),
          );
        }
      }
      const pub = data.pubDate;
      const upd = data.updatedDate;
      if (!dateProblem(pub) && upd != null && !dateProblem(upd)) {
        const p = new Date(pub as string).getTime();
        const u = new Date(upd as string).getTime();
        if (u < p) {
          report(
            problem(
              'dates',
              'error',
              doc.file.path,
              yamlPathPosition(doc.file.text, ['updatedDate'], { frontmatter: true }),
              { ja: 'updatedDate が pubDate より前です。', en: 'updatedDate is before pubDate.' },
              {
                ja: '更新日は公開日と同じか、それより後にしてください',
                en: 'a story is updated on or after the day it is published',
              },
            ),
          );
        }
      }
    }),
};

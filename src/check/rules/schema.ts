import type { z } from 'astro/zod';
import { yamlPathPosition } from '../../lib/source-position';
import { nearest } from '../../lib/suggest';
import { authorSchema } from '../../schemas/author';
import { guideSchema } from '../../schemas/guide';
import { principleSchema } from '../../schemas/principle';
import { storySchema } from '../../schemas/story';
import { ID_PATTERN } from '../../schemas/ids';
import type { ValidData } from '../context';
import type { Collection, Doc } from '../document';
import { didYouMeanText, problem, type CheckProblem, type Text } from '../problem';

/**
 * Schema errors, from the very schemas the build uses (src/schemas/), each placed on the line of
 * the field it is about and said in both languages.
 */

export const SCHEMAS = {
  stories: storySchema,
  principles: principleSchema,
  authors: authorSchema,
  guide: guideSchema,
} as const;

/** What each field holds, in Japanese, for messages about it. The English comes from the schemas. */
const FIELD_JA: Record<string, string> = {
  title: '見出し',
  description: '1〜2 文の紹介文',
  summary: '指針を説明する 1 文',
  pubDate: 'YYYY-MM-DD の形の公開日（例: 2025-04-14）',
  updatedDate: 'YYYY-MM-DD の形の更新日（例: 2025-04-14）',
  kind: 'onboarding、essay、practice、retrospective のどれか',
  authors: '書き手の id のリスト（例: [aoi-tanaka]）',
  principles: '指針の id のリスト（例: [dont-build-unused]）',
  tags: '小文字の言葉のリスト（例: [testing, frontend]）',
  draft: 'true か false',
  aliases: '別の呼び方のリスト（例: [YAGNI, 作らない勇気]）',
  order: '数（例: 1）',
  status: 'active か retired',
  supersededBy: '後継の指針の id',
  name: '名前',
  name_en: 'ローマ字の名前',
  role: '仕事（例: SRE）',
  joined: '"YYYY-MM" の形の入社月（例: "2025-04"、引用符で囲む）',
  bio: '1〜2 文の自己紹介',
  links: '{ label, url } のリスト',
  label: 'リンクの名前（例: GitHub）',
  url: 'https:// で始まる URL',
};

/** Date fields are the dates rule's: it says more than "not a date". */
const DATE_FIELDS = new Set(['pubDate', 'updatedDate']);

/** `true か false` + `を` → `true か false を`: a space after Latin letters, as the site's Japanese is written. */
const wo = (ja: string) => (/[\x21-\x7e]$/.test(ja) ? `${ja} を` : `${ja}を`);

/** Fields that hold ids, for the hint on how an id is written. */
const ID_FIELDS = new Set(['principles', 'authors', 'supersededBy']);

function describe(path: readonly PropertyKey[]): { field: string; ja: string } {
  const named = [...path].reverse().find((k): k is string => typeof k === 'string') ?? '';
  const field = path
    .map((k) => (typeof k === 'number' ? `[${k}]` : String(k)))
    .join('.')
    .replace(/\.\[/g, '[');
  return { field, ja: FIELD_JA[named] ?? named };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k as string];
  }
  return v;
}

/** One Zod issue in words. */
function explain(
  issue: z.core.$ZodIssue,
  data: unknown,
  shapeKeys: readonly string[],
): { message: Text; hint?: Text }[] {
  const { field, ja } = describe(issue.path);
  const value = valueAt(data, issue.path);
  const en = issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        message: { ja: `「${key}」という項目はありません。`, en: `There is no field "${key}".` },
        hint: didYouMeanText(nearest(key, shapeKeys)) ?? {
          ja: `使える項目: ${shapeKeys.join(', ')}`,
          en: `the fields are: ${shapeKeys.join(', ')}`,
        },
      }));
    case 'invalid_type':
      // src/check/document.ts reads an unquoted 2025-01-01 as a Date outside the date fields, as Astro does.
      if (value instanceof Date) {
        return [
          {
            message: {
              ja: `「${field}」の値は日付として読まれ、文字として使えません。`,
              en: `${field} is read as a date, not as text.`,
            },
            hint: { ja: '値を "…" で囲んでください', en: 'put the value in "quotes"' },
          },
        ];
      }
      if (issue.path.length === 0) {
        return [
          {
            message: {
              ja: 'frontmatter が「項目: 値」の並びになっていません。',
              en: 'The frontmatter is not a list of "field: value" lines.',
            },
            hint: {
              ja: 'title: … のように項目ごとに 1 行で書いてください',
              en: 'write one field a line, such as title: …',
            },
          },
        ];
      }
      if (value === undefined || value === null) {
        return [{ message: { ja: `「${field}」がありません。`, en }, hint: { ja: `${wo(ja)}書いてください`, en: '' } }];
      }
      return [{ message: { ja: `「${field}」の形が違います。`, en }, hint: { ja: `${wo(ja)}書いてください`, en: '' } }];
    case 'too_small':
      return [
        issue.origin === 'array'
          ? { message: { ja: `「${field}」が空です。`, en }, hint: { ja: `${wo(ja)} 1 つ以上書いてください`, en: '' } }
          : { message: { ja: `「${field}」が空です。`, en }, hint: { ja: `${wo(ja)}書いてください`, en: '' } },
      ];
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      return [
        {
          message: { ja: `「${field}」に「${String(value)}」は使えません。`, en },
          hint: didYouMeanText(nearest(String(value), allowed)) ?? {
            ja: `${ja}です`,
            en: `one of: ${allowed.join(', ')}`,
          },
        },
      ];
    }
    case 'invalid_format':
      return [
        {
          message: { ja: `「${field}」の「${String(value)}」は形が違います。`, en: `${field}: ${en}` },
          hint:
            issue.format === 'regex' && ID_FIELDS.has(String(issue.path[0]))
              ? { ja: 'id は小文字の英数字をハイフンでつないだものです（例: dont-build-unused）', en: '' }
              : { ja: `${wo(ja)}書いてください`, en: '' },
        },
      ];
    default:
      return [{ message: { ja: `「${field}」: ${en}`, en: `${field}: ${en}` } }];
  }
}

/** Validates one file; returns its problems and, when there are none, its data with defaults. */
export function validate(doc: Doc): { problems: CheckProblem[]; valid?: ValidData } {
  const collection: Collection | undefined = doc.collection;
  if (!collection || doc.data === undefined) return { problems: [] };
  const schema = SCHEMAS[collection];
  const result = schema.safeParse(doc.data);
  if (result.success) return { problems: [], valid: { collection, data: result.data } as ValidData };
  const shapeKeys = Object.keys(schema.shape);
  const problems: CheckProblem[] = [];
  for (const issue of result.error.issues) {
    if (typeof issue.path[0] === 'string' && DATE_FIELDS.has(issue.path[0]) && issue.path.length === 1) continue;
    const explained = explain(issue, doc.data, shapeKeys);
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    explained.forEach((e, i) => {
      const key = keys[i];
      const path = key === undefined ? issue.path : [...issue.path, key];
      const at = yamlPathPosition(doc.file.text, path, { frontmatter: doc.format === 'mdx', key: key !== undefined });
      problems.push(problem('schema', 'error', doc.file.path, at, e.message, e.hint));
    });
  }
  return { problems };
}

/**
 * Stand-ins for fields that failed their schema, so that a file with one wrong field is still
 * cross-checked (its principles and authors) in the same run rather than after the author fixes it.
 */
/** The author id a story with no well-formed author id is checked under; never reported. */
export const STAND_IN_ID = 'shishin-stand-in';

const STAND_INS: Record<string, unknown> = {
  title: '-',
  description: '-',
  summary: '-',
  pubDate: '2000-01-01',
  updatedDate: undefined,
  kind: 'essay',
  authors: [STAND_IN_ID],
  principles: [],
  tags: [],
  draft: false,
  aliases: [],
  order: undefined,
  status: 'active',
  supersededBy: undefined,
  name: '-',
  name_en: undefined,
  role: '-',
  joined: '2000-01',
  bio: '-',
  links: [],
};

/** The file's data with each wrong field replaced by a stand-in; undefined when that does not parse either. */
export function salvage(doc: Doc): ValidData | undefined {
  const collection = doc.collection;
  if (!collection || doc.data === null || typeof doc.data !== 'object' || Array.isArray(doc.data)) return undefined;
  const schema = SCHEMAS[collection];
  const result = schema.safeParse(doc.data);
  if (result.success) return { collection, data: result.data } as ValidData;
  const shape = Object.keys(schema.shape);
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc.data)) if (shape.includes(k)) data[k] = v;
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    if (typeof key !== 'string') continue;
    const value = data[key];
    // Keep the well-formed ids of a list, so that they are still checked.
    data[key] =
      Array.isArray(value) && Array.isArray(STAND_INS[key])
        ? value.filter((v) => typeof v === 'string' && ID_PATTERN.test(v))
        : STAND_INS[key];
    if (key === 'authors' && (data[key] as unknown[]).length === 0) data[key] = [STAND_IN_ID];
  }
  const again = schema.safeParse(data);
  return again.success ? ({ collection, data: again.data } as ValidData) : undefined;
}

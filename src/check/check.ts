import { internalError, type CheckContext, type Rule, type ValidData } from './context';
import { parseDoc, type ContentFile, type Doc } from './document';
import type { CheckProblem } from './problem';
import { componentsRule } from './rules/components';
import { datesRule } from './rules/dates';
import { duplicatesRule } from './rules/duplicates';
import { expressionsRule } from './rules/expressions';
import { filesRule } from './rules/files';
import { imagesRule } from './rules/images';
import { linksRule } from './rules/links';
import { publicationRule } from './rules/publication';
import { rawHtmlRule } from './rules/raw-html';
import { referencesRule } from './rules/references';
import { salvage, validate } from './rules/schema';
import { translationsRule } from './rules/translations';

/**
 * The whole verdict on the content, as named steps: parse every file, validate it against its
 * schema, then run each rule over all of them. Pure: files, `now` and a file-exists function are
 * passed in. Never throws: whatever goes wrong becomes a problem that names a file.
 */

export const RULES: readonly Rule[] = [
  filesRule,
  datesRule,
  referencesRule,
  componentsRule,
  rawHtmlRule(),
  expressionsRule,
  linksRule,
  imagesRule,
  duplicatesRule,
  translationsRule,
  publicationRule,
];

export interface CheckInput {
  files: readonly ContentFile[];
  now: Date;
  exists: (repoPath: string) => boolean;
  storiesPerPage: number;
  /**
   * Parses one file; `parseDoc` unless given. The fuzz test checks hundreds of sites that share all
   * but one file, and passes a cached parse (a Doc is never changed after parsing).
   */
  parse?: (file: ContentFile) => Doc;
}

export function checkContent(input: CheckInput): CheckProblem[] {
  return checkContentAndData(input).problems;
}

/**
 * `checkContent`, also giving the data of every file that passed its schema: a build whose content
 * passed can start work from it (src/integrations/content-check.ts) before Astro has read a file.
 */
export function checkContentAndData(input: CheckInput): {
  problems: CheckProblem[];
  valid: ReadonlyMap<Doc, ValidData>;
} {
  const problems: CheckProblem[] = [];
  const docs: Doc[] = [];
  for (const file of input.files) {
    try {
      docs.push((input.parse ?? parseDoc)(file));
    } catch (e) {
      problems.push(internalError('syntax', file.path, e));
    }
  }
  const valid = new Map<Doc, ValidData>();
  const crossCheck = new Map<Doc, ValidData>();
  for (const doc of docs) {
    problems.push(...doc.syntax);
    try {
      const result = validate(doc);
      problems.push(...result.problems);
      const data = result.valid ?? salvage(doc);
      if (result.valid) valid.set(doc, result.valid);
      if (data) crossCheck.set(doc, data);
    } catch (e) {
      problems.push(internalError('schema', doc.file.path, e));
    }
  }
  const ctx: CheckContext = {
    docs,
    now: input.now,
    exists: input.exists,
    valid,
    crossCheck,
    storiesPerPage: input.storiesPerPage,
  };
  for (const rule of RULES) {
    try {
      problems.push(...rule.run(ctx));
    } catch (e) {
      problems.push(internalError(rule.name, 'content/', e));
    }
  }
  return { problems: sortProblems(problems), valid };
}

export function sortProblems(problems: CheckProblem[]): CheckProblem[] {
  return problems.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

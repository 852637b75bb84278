import type { AuthorData } from '../schemas/author';
import type { GuideData } from '../schemas/guide';
import type { PrincipleData } from '../schemas/principle';
import type { StoryData } from '../schemas/story';
import type { SourceEntry } from '../lib/site-model';
import type { Doc } from './document';
import { problem, type CheckProblem } from './problem';

/** What every rule is given: the parsed files and what it needs to know about the world. */
export interface CheckContext {
  docs: readonly Doc[];
  /** The moment the check runs as, for scheduled stories. */
  now: Date;
  /** Whether a file exists, by its path from the repository root (images, files in public/). */
  exists: (repoPath: string) => boolean;
  /** Data of the files whose frontmatter passed their schema, with defaults filled in. */
  valid: ReadonlyMap<Doc, ValidData>;
  /**
   * `valid`, plus the files whose wrong fields were replaced by stand-ins: what cross-references are
   * checked on, so that a file with a wrong field still has its ids checked in the same run.
   */
  crossCheck: ReadonlyMap<Doc, ValidData>;
  /** Stories per page of the story list (src/config.ts), to know which list pages exist. */
  storiesPerPage: number;
}

export type ValidData =
  | { collection: 'stories'; data: StoryData }
  | { collection: 'principles'; data: PrincipleData }
  | { collection: 'authors'; data: AuthorData }
  | { collection: 'guide'; data: GuideData };

/** A content rule: a small module with its own test. */
export interface Rule {
  name: string;
  run(ctx: CheckContext): CheckProblem[];
}

/**
 * Runs `fn` on each document, turning anything it throws into a problem that names the file: a
 * checker that crashes on odd input would hide every other problem from the author.
 */
export function eachDoc(
  ctx: CheckContext,
  rule: string,
  fn: (doc: Doc, report: (p: CheckProblem) => void) => void,
): CheckProblem[] {
  const out: CheckProblem[] = [];
  for (const doc of ctx.docs) {
    try {
      fn(doc, (p) => out.push(p));
    } catch (e) {
      out.push(internalError(rule, doc.file.path, e));
    }
  }
  return out;
}

export function internalError(rule: string, file: string, e: unknown): CheckProblem {
  const why = e instanceof Error ? e.message : String(e);
  return problem(
    rule,
    'error',
    file,
    undefined,
    {
      ja: `このファイルを確認できませんでした（${rule}: ${why}）。`,
      en: `This file could not be checked (${rule}: ${why}).`,
    },
    {
      ja: 'チェッカーの不具合です。ファイルの内容を添えて報告してください',
      en: 'this is a bug in the checker; please report it with the file',
    },
  );
}

/**
 * The files that passed their schema as the site model's entries (src/lib/site-model.ts), with the
 * same ids, paths, data and bodies as Astro's collections hand over.
 */
export function modelEntries(valid: ReadonlyMap<Doc, ValidData>) {
  const principles: SourceEntry<PrincipleData>[] = [];
  const stories: SourceEntry<StoryData>[] = [];
  const authors: SourceEntry<AuthorData>[] = [];
  for (const [doc, v] of valid) {
    const base = { id: doc.lang ? `${doc.lang}/${doc.slug}` : doc.slug, filePath: doc.file.path, body: doc.body };
    if (v.collection === 'authors') authors.push({ id: doc.slug, filePath: doc.file.path, data: v.data });
    else if (v.collection === 'principles') principles.push({ ...base, data: v.data });
    else if (v.collection === 'stories') stories.push({ ...base, data: v.data });
  }
  return { principles, stories, authors };
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile } from './document';

/**
 * Reads every file under content/ (the checker's only contact with the disk besides `exists`).
 * Binary assets are listed with empty text: the files rule needs to know they are there.
 */
const TEXT = /\.(?:mdx?|markdown|ya?ml|json|txt)$/i;

export function readContentFiles(root: string, dir = 'content'): ContentFile[] {
  const out: ContentFile[] = [];
  const visit = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(path.join(root, rel)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const childRel = `${rel}/${name}`;
      const abs = path.join(root, childRel);
      let isDir = false;
      try {
        isDir = statSync(abs).isDirectory();
      } catch {
        continue;
      }
      if (isDir) {
        if (!name.startsWith('.')) visit(childRel);
        continue;
      }
      let text = '';
      if (TEXT.test(name)) {
        try {
          text = readFileSync(abs, 'utf8');
        } catch {
          text = '';
        }
      }
      out.push({ path: childRel, text });
    }
  };
  visit(dir);
  return out;
}

/** `exists` for the checker: a path from the repository root. */
export const existsIn = (root: string) => (repoPath: string) => existsSync(path.join(root, repoPath));

import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { generateCorpus } from './lib/corpus.ts';
import { prepareWorkspace } from './lib/workspace.ts';
const REPO = path.resolve(import.meta.dirname, '..');
const stories = Number(process.argv[2] ?? 1000);
const principles = (await readdir(path.join(REPO, 'content', 'principles', 'ja'))).map((f) => f.replace(/\.mdx$/, ''));
const ws = await prepareWorkspace(REPO, generateCorpus({ stories, seed: 1, principles }));
console.log(ws.root);

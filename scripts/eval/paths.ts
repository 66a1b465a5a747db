import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder (this file is scripts/eval/paths.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const DEFAULT_BRIEFS_DIR = resolve(REPO_ROOT, 'briefs');
export const SEED_SET_FILE = 'seed-qa.dev.json';

/**
 * The folder holding the development sets: `NEWSBRIEF_EVAL_DIR` when set, else `../shared/eval` beside the
 * repository.
 */
export function evalDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.NEWSBRIEF_EVAL_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : resolve(REPO_ROOT, '../shared/eval');
}

/**
 * The folder holding the training data (tuned on, never judged on): `NEWSBRIEF_TRAIN_DIR` when set, else
 * `../shared/train` beside the repository.
 */
export function trainDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.NEWSBRIEF_TRAIN_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : resolve(REPO_ROOT, '../shared/train');
}

/** Resolves a path the user typed against the current folder (absolute paths stay as they are). */
export function fromCwd(path: string): string {
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}

import { relative } from 'node:path';
import { describeProblem, loadBriefs } from '../../src/briefs/load-briefs.js';
import type { Brief } from '../../src/core/brief.schema.js';
import { EvalSetError } from './read-set.js';
import type { LibraryInfo } from './report.js';

export interface Library {
  /** One array for the whole run: the engine caches its index on this array's identity. */
  briefs: Brief[];
  info: LibraryInfo;
}

/** Loads the briefs to evaluate against; a bad brief is reported on stderr and skipped, as the bot does. */
export async function loadLibrary(dir: string): Promise<Library> {
  let loaded: Awaited<ReturnType<typeof loadBriefs>>;
  try {
    loaded = await loadBriefs(dir);
  } catch (error) {
    throw new EvalSetError(
      `cannot read the briefs folder ${dir}: ${(error as Error).message}. Pass it with --briefs DIR.`,
    );
  }
  for (const problem of loaded.problems) console.error(`warning: skipped brief: ${describeProblem(problem)}`);
  if (loaded.briefs.length === 0)
    console.error(`warning: no usable briefs in ${dir}; every question will abstain.`);
  const rel = relative(process.cwd(), dir);
  const shown = rel === '' ? '.' : rel.startsWith('..') ? dir : `./${rel}`;
  return {
    briefs: loaded.briefs,
    info: {
      dir: shown.startsWith('..') ? dir : shown,
      briefs: loaded.briefs.length,
      problems: loaded.problems.length,
    },
  };
}

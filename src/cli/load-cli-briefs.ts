import { describeProblem, loadBriefs } from '../briefs/load-briefs.js';
import type { Brief } from '../core/brief.schema.js';
import { type CliIo, complain } from './cli-io.js';

/**
 * Loads the briefs of a folder. Each bad file goes to stderr (file and field) and the rest still load;
 * an unreadable folder is reported and gives null.
 */
export async function loadCliBriefs(dir: string, io: CliIo): Promise<Brief[] | null> {
  try {
    const { briefs, problems } = await loadBriefs(dir);
    for (const problem of problems) complain(io, `skipped ${describeProblem(problem)}`);
    return briefs;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    complain(io, `cannot read the briefs folder "${dir}" (${code}); pass --briefs DIR or set BRIEFS_DIR`);
    return null;
  }
}

export function unknownBrief(io: CliIo, id: string, dir: string): number {
  complain(io, `no brief with id "${id}" in ${dir}; run "npm run -s cli -- briefs" to see the ids`);
  return 1;
}

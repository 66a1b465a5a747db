import { LibraryStore } from '../briefs/library/library-store.js';
import { describeProblem, listBriefFiles, loadBriefs } from '../briefs/load-briefs.js';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../config.js';
import type { BriefCollection } from '../core/answer/answer.js';
import { libraryIndexFile } from '../start-library.js';
import { type CliIo, complain } from './cli-io.js';

/**
 * Past this many brief files a folder is read through the bot's library index, as the bot reads it: the
 * summaries in memory, each brief on demand. Below it, reading every brief is quicker than an index, and
 * leaves no index file behind.
 */
const IN_MEMORY_LIMIT = 2000;

/**
 * Loads the briefs of a folder, every one of them (the CLI keeps no retention). Each bad file goes to
 * stderr (file and field) and the rest still load; an unreadable folder is reported and gives null. A
 * large folder gets an index file of its own beside DATABASE_URL's database, next to the bot's (whose
 * BRIEFS_KEEP_DAYS would otherwise be undone by each run): the first run reads every brief, later ones
 * only the files changed since, so `ask` on 100,000 briefs starts in seconds. The index stays open until
 * the command's process ends.
 */
export async function loadCliBriefs(
  dir: string,
  io: CliIo,
  inMemoryLimit = IN_MEMORY_LIMIT,
): Promise<BriefCollection | null> {
  try {
    const files = await listBriefFiles(dir);
    if (files.length <= inMemoryLimit) {
      const { briefs, problems } = await loadBriefs(dir);
      for (const problem of problems) complain(io, `skipped ${describeProblem(problem)}`);
      return briefs;
    }
    const database = parseDatabaseUrl(io.databaseUrl ?? DEFAULT_DATABASE_URL);
    const dbFile = database ? libraryIndexFile({ briefsDir: dir, database }, 'whole') : ':memory:';
    const store = LibraryStore.open({ dir, dbFile, keepDays: 0 });
    const { problems } = store.sync();
    for (const problem of problems) complain(io, `skipped ${describeProblem(problem)}`);
    return store.library();
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

import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { LibraryStore, type SyncReport } from './briefs/library/library-store.js';
import { describeProblem } from './briefs/load-briefs.js';
import { watchBriefs } from './briefs/watch-briefs.js';
import { type DatabaseConfig, dataFolder } from './config.js';
import type { BriefLibrary } from './core/library/brief-library.js';
import { asLibrary } from './core/library/memory-library.js';

export interface LibrarySettings {
  briefsDir: string;
  database: DatabaseConfig;
  /** BRIEFS_KEEP_DAYS; 0 keeps every brief. */
  keepDays: number;
}

// Retention is looked at again this often, so a bot that runs for weeks archives briefs as they age.
const RETENTION_CHECK_MS = 60 * 60 * 1000;

/**
 * Opens the briefs folder as a library on disk and keeps following it: the catalogue and routing index
 * are kept in a SQLite file between runs, so a start reads only the files that changed since the last one,
 * and a file added, changed or removed while running is read alone and reaches `onReload`. Each unusable
 * file is a warning naming file and field; the rest still load.
 */
export function startLibrary(
  settings: LibrarySettings,
  logger: Logger,
  onReload: (library: BriefLibrary) => void,
): { library: BriefLibrary; close: () => void } {
  const dir = settings.briefsDir;
  const open = (dbFile: string) => LibraryStore.open({ dir, dbFile, keepDays: settings.keepDays });
  let store: LibraryStore;
  try {
    store = open(libraryIndexFile(settings));
  } catch (error) {
    // A read-only or full disk: the same library, indexed in memory, costs only a slower start.
    logger.warn({ err: error, dir }, 'cannot open the library index file; indexing the briefs in memory');
    store = open(':memory:');
  }
  const update = (files: readonly string[] | undefined, event: string): BriefLibrary => {
    const started = performance.now();
    const report = store.sync(files);
    const library = store.library();
    warnProblems(report, logger);
    const ms = Math.round(performance.now() - started);
    logger.info({ dir, briefs: library.summaries.length, ...counts(report), ms }, event);
    return library;
  };
  let initial: BriefLibrary;
  try {
    initial = update(undefined, 'briefs loaded');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    logger.warn({ dir, code }, 'cannot read the briefs folder; set BRIEFS_DIR to a folder of brief files');
    store.close();
    return { library: asLibrary([]), close: () => {} };
  }
  const reload = (files: readonly string[] | undefined, event: string) => onReload(update(files, event));
  const onError = (err: unknown) =>
    logger.warn({ err, dir }, 'following the briefs folder failed; restart to reload');
  const watcher = watchBriefs(dir, (files) => reload(files, 'briefs reloaded'), { onError });
  // An empty list of files: nothing is read, only retention is applied again.
  const retention = setInterval(() => reload([], 'retention applied'), RETENTION_CHECK_MS);
  retention.unref();
  return {
    library: initial,
    close() {
      clearInterval(retention);
      watcher.close();
      store.close();
    },
  };
}

/**
 * Where a briefs folder's catalogue and index live: beside the SQLite database (in ./data with
 * PostgreSQL), one file per briefs folder; in memory when the database is. The CLI's index of a whole
 * large folder (`whole`: every brief, no retention) lives beside the bot's, apart from it.
 */
export function libraryIndexFile(
  { briefsDir, database }: Pick<LibrarySettings, 'briefsDir' | 'database'>,
  variant: 'bot' | 'whole' = 'bot',
): string {
  if (database.kind === 'sqlite' && database.path === ':memory:') return ':memory:';
  const folder = dataFolder(database);
  const folderId = createHash('sha256').update(resolve(briefsDir)).digest('hex').slice(0, 12);
  return join(folder, `library-${folderId}${variant === 'whole' ? '-whole' : ''}.sqlite`);
}

function warnProblems(report: SyncReport, logger: Logger): void {
  for (const problem of report.problems) {
    logger.warn(
      { file: problem.file, field: problem.field || null, problem: problem.message },
      `brief skipped: ${describeProblem(problem)}`,
    );
  }
}

function counts({ added, changed, removed, archived, restored, read, problems }: SyncReport) {
  return { added, changed, removed, archived, restored, read, skipped: problems.length };
}

import type { Logger } from 'pino';
import { describeProblem, type LoadedBriefs } from './briefs/load-briefs.js';
import { watchBriefs } from './briefs/watch-briefs.js';
import { prepareLibrary } from './core/answer/route-question.js';
import type { Brief } from './core/brief.schema.js';

/**
 * Loads the briefs folder and keeps following it: briefs added, changed or removed reach `onReload`
 * without a restart. Each unusable file is a warning naming file and field; the rest still load. The
 * answer index is built here, at start, not on the first question.
 */
export async function startLibrary(dir: string, logger: Logger, onReload: (briefs: Brief[]) => void) {
  const report = ({ briefs, problems }: LoadedBriefs, event: string) => {
    for (const problem of problems) {
      logger.warn(
        { file: problem.file, field: problem.field || null, problem: problem.message },
        `brief skipped: ${describeProblem(problem)}`,
      );
    }
    const started = performance.now();
    prepareLibrary(briefs);
    const indexMs = Math.round(performance.now() - started);
    logger.info({ dir, briefs: briefs.length, skipped: problems.length, indexMs }, event);
  };
  try {
    const watcher = await watchBriefs(
      dir,
      (library) => {
        report(library, 'briefs reloaded');
        onReload(library.briefs);
      },
      { onError: (err) => logger.warn({ err, dir }, 'watching the briefs folder failed; restart to reload') },
    );
    report(watcher.initial, 'briefs loaded');
    return { briefs: watcher.initial.briefs, close: () => watcher.close() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    logger.warn({ dir, code }, 'cannot read the briefs folder; set BRIEFS_DIR to a folder of brief files');
    return { briefs: [] as Brief[], close: () => {} };
  }
}

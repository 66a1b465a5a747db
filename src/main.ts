import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from 'pino';
import { describeProblem, loadBriefs } from './briefs/load-briefs.js';
import { watchBriefs } from './briefs/watch-briefs.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { prepareLibrary } from './core/answer/route-question.js';
import type { Brief } from './core/brief.schema.js';
import type { CommandContext } from './core/commands/index.js';
import { createLogger } from './logger.js';
import { runConsoleChat } from './platforms/console/console-chat.js';
import { startDigests } from './start-digests.js';

/**
 * `npm start`: wires config, logger, briefs and digests, then serves the console chat (Slack and Discord
 * arrive later).
 */
async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const logger = createLogger(config.logLevel);
  await ensureDataDir(config, logger);
  const briefs = await loadLibrary(config.briefsDir, logger);
  for (const [platform, name] of [
    ['discord', 'Discord'],
    ['slack', 'Slack'],
  ] as const) {
    if (config[platform]) {
      logger.warn(
        { platform },
        `${name} credentials are set, but the ${name} adapter arrives in a later version; running the console chat only`,
      );
    }
  }
  // One context for every command; a reload swaps its library, so the next question sees the new briefs.
  const context: CommandContext = { briefs };
  const watcher = await followBriefs(config.briefsDir, context, logger);
  const digests = await startDigests(config.database, context, logger);
  const chatLogger = logger.child({ platform: 'console' });
  await runConsoleChat({
    input: process.stdin,
    output: process.stdout,
    context,
    onError: (err, line) => chatLogger.error({ err, chars: line.length }, 'console line failed'),
  });
  chatLogger.debug('input ended');
  watcher?.close();
  await digests.stop();
  return 0;
}

/** Picks up briefs added, changed or removed in the folder while the bot runs. */
async function followBriefs(dir: string, context: CommandContext, logger: Logger) {
  try {
    return await watchBriefs(
      dir,
      ({ briefs, problems }) => {
        for (const problem of problems)
          logger.warn({ file: problem.file }, `brief skipped: ${describeProblem(problem)}`);
        prepareLibrary(briefs);
        context.briefs = briefs;
        logger.info({ dir, briefs: briefs.length, skipped: problems.length }, 'briefs reloaded');
      },
      { onError: (err) => logger.warn({ err, dir }, 'watching the briefs folder failed; restart to reload') },
    );
  } catch (err) {
    logger.warn({ err, dir }, 'cannot watch the briefs folder; changes need a restart');
    return undefined;
  }
}

/** The SQLite file's folder (./data by default) exists before anything opens it. */
async function ensureDataDir(config: Config, logger: Logger): Promise<void> {
  const { database } = config;
  if (database.kind !== 'sqlite' || database.path === ':memory:') return;
  const dir = dirname(database.path);
  await mkdir(dir, { recursive: true });
  logger.debug({ dir }, 'data folder ready');
}

/** Loads every brief it can; each bad file is a warning naming file and field, and the rest still load. */
async function loadLibrary(dir: string, logger: Logger): Promise<Brief[]> {
  try {
    const { briefs, problems } = await loadBriefs(dir);
    for (const problem of problems) {
      logger.warn(
        { file: problem.file, field: problem.field || null, problem: problem.message },
        `brief skipped: ${describeProblem(problem)}`,
      );
    }
    const started = performance.now();
    prepareLibrary(briefs);
    const indexMs = Math.round(performance.now() - started);
    logger.info({ dir, briefs: briefs.length, skipped: problems.length, indexMs }, 'briefs loaded');
    return briefs;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    logger.warn({ dir, code }, 'cannot read the briefs folder; set BRIEFS_DIR to a folder of brief files');
    return [];
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`newsbrief stopped: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from 'pino';
import { type Config, ConfigError, loadConfig } from './config.js';
import type { CommandContext } from './core/commands/index.js';
import { createLogger } from './logger.js';
import { runConsoleChat } from './platforms/console/console-chat.js';
import { startDigests } from './start-digests.js';
import { startLibrary } from './start-library.js';

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
  // One context for every command; a reload swaps its library, so the next question sees the new briefs.
  const context: CommandContext = { briefs: [] };
  const library = await startLibrary(config.briefsDir, logger, (briefs) => {
    context.briefs = briefs;
  });
  context.briefs = library.briefs;
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
  const digests = await startDigests(config.database, context, logger);
  const chatLogger = logger.child({ platform: 'console' });
  await runConsoleChat({
    input: process.stdin,
    output: process.stdout,
    context,
    onError: (err, line) => chatLogger.error({ err, chars: line.length }, 'console line failed'),
  });
  chatLogger.debug('input ended');
  library.close();
  await digests.stop();
  return 0;
}

/** The SQLite file's folder (./data by default) exists before anything opens it. */
async function ensureDataDir(config: Config, logger: Logger): Promise<void> {
  const { database } = config;
  if (database.kind !== 'sqlite' || database.path === ':memory:') return;
  const dir = dirname(database.path);
  await mkdir(dir, { recursive: true });
  logger.debug({ dir }, 'data folder ready');
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

import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from 'pino';
import { type Config, loadConfigOrExplain } from './config.js';
import type { CommandContext } from './core/commands/index.js';
import { createLogger } from './logger.js';
import { runConsoleChat } from './platforms/console/console-chat.js';
import { DiscordStartError } from './platforms/discord/discord-bot.js';
import { SlackStartError } from './platforms/slack/slack-bot.js';
import { openDigests } from './start-digests.js';
import { startLibrary } from './start-library.js';
import { startPlatforms } from './start-platforms.js';

/**
 * `npm start`: wires config, logger, briefs, the store, the chat platforms whose credentials are set and
 * the digest scheduler. With no platform it is a console chat on the bundled briefs; with one, the console
 * chat runs beside it only at a terminal, and the bot runs until SIGINT or SIGTERM.
 */
async function main(): Promise<number> {
  const config = loadConfigOrExplain();
  if (!config) return 1;
  const logger = createLogger(config.logLevel);
  await ensureDataDir(config, logger);
  // One context for every command; a reload swaps its library, so the next question sees the new briefs.
  const context: CommandContext = { briefs: [] };
  const library = await startLibrary(config.briefsDir, logger, (briefs) => {
    context.briefs = briefs;
  });
  context.briefs = library.briefs;
  const digests = await openDigests(config.database, context, logger);
  let platforms: Awaited<ReturnType<typeof startPlatforms>>;
  try {
    platforms = await startPlatforms(config, context, digests.store, logger);
  } catch (error) {
    if (!(error instanceof SlackStartError || error instanceof DiscordStartError)) throw error;
    logger.fatal({ code: error.name }, error.message);
    library.close();
    await digests.stop();
    return 1;
  }
  digests.startScheduler(platforms.publishers);
  if (platforms.names.length === 0 || process.stdin.isTTY) {
    const chatLogger = logger.child({ platform: 'console' });
    await runConsoleChat({
      input: process.stdin,
      output: process.stdout,
      context,
      onError: (err, line) => chatLogger.error({ err, chars: line.length }, 'console line failed'),
    });
    chatLogger.debug('input ended');
  } else {
    const signal = await untilStopSignal();
    logger.info({ signal }, 'stopping');
  }
  await platforms.stop();
  library.close();
  await digests.stop();
  return 0;
}

/** Resolves on the first SIGINT or SIGTERM (a service manager's stop), so shutdown can be orderly. */
function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal));
  });
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

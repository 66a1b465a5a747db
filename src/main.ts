import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { type Config, dataFolder, loadConfigOrExplain } from './config.js';
import type { CommandContext } from './core/commands/index.js';
import { createBotLogger, TerminalLines } from './logger.js';
import { briefsLoaded, platformsConnected, storeReachable } from './metrics/ready-checks.js';
import { createObservability, serveMetrics } from './metrics/start-metrics.js';
import { PlatformStartError } from './platforms/chat-platform.js';
import { runConsoleChat } from './platforms/console/console-chat.js';
import { openDigests } from './start-digests.js';
import { startFeeds } from './start-feeds.js';
import { startLibrary } from './start-library.js';
import { configuredPlatforms, startPlatforms } from './start-platforms.js';
import { watchUncaught } from './uncaught.js';

/** How long an orderly stop may take before the process exits anyway (a supervisor would SIGKILL). */
const STOP_DEADLINE_MS = 10_000;

/**
 * `npm start`: wires config, logger, briefs, the store, the chat platforms whose credentials are set and
 * the digest scheduler. With no platform it is a console chat on the bundled briefs; with one, the console
 * chat runs beside it only at a terminal, and the bot runs until SIGINT or SIGTERM, or until a platform's
 * connection is lost for good. Whatever ends it, everything started is stopped in reverse order: the
 * scheduler first (so no digest is cut off mid-post), then the platforms, then the store, and last the
 * health and metrics server (METRICS_PORT), which /readyz says is not ready from the start of the stop.
 */
async function main(): Promise<number> {
  const config = loadConfigOrExplain();
  if (!config) return 1;
  const terminal = new TerminalLines();
  const logger = createBotLogger({ level: config.logLevel, file: logFileOf(config), terminal });
  const stops: (() => unknown)[] = [];
  const crashed = watchUncaught(process, logger);
  // One context for every command; a reload swaps its library, so the next question sees the new briefs.
  const context: CommandContext = { briefs: [], answerMinConfidence: config.answerMinConfidence };
  const currentBriefs = () => context.briefs;
  const observed = createObservability(currentBriefs);
  const { metrics, readiness } = observed;
  // Listened for from the start: a stop asked for while the bot is still starting (a service manager, a
  // deploy) is honoured once start-up is done, instead of killing the process mid-way.
  const stopped = untilStopSignal().then((signal) => {
    logger.info({ signal }, 'stopping');
    return 0;
  });
  try {
    // First, so that /healthz answers, and /readyz names what is missing, while the rest starts.
    const server = await serveMetrics(config.metricsPort, observed, logger);
    if (server) stops.push(() => server.close());
    await ensureDataDir(config, logger);
    const library = startLibrary(config, logger, (briefs) => {
      context.briefs = briefs;
    });
    stops.push(() => library.close());
    context.briefs = library.library;
    readiness.set('briefs', briefsLoaded(currentBriefs));
    const digests = await openDigests(config.database, context, logger, metrics);
    stops.push(() => digests.close());
    readiness.set('store', storeReachable(digests.store));
    const platforms = await startPlatforms(
      await configuredPlatforms(config),
      config,
      context,
      digests.store,
      logger,
      metrics,
    );
    stops.push(() => platforms.stop());
    digests.startScheduler(platforms.publishers);
    stops.push(() => digests.stopScheduler());
    const feeds = startFeeds(config, context, digests.store, platforms.publishers, logger, metrics);
    stops.push(() => feeds.stop());
    // Set last, so that ready means started through and through: platforms, scheduler and feeds.
    readiness.set('platforms', platformsConnected(platforms.names, platforms.failed));
    const lost = platforms.failed.then(() => 1);
    if (platforms.names.length === 0 || process.stdin.isTTY) {
      const chat = runConsoleChat({
        input: process.stdin,
        output: process.stdout,
        context,
        terminal,
        metrics,
        onError: (err, line) => logger.error({ err, chars: line.length }, 'console line failed'),
      }).then(() => 0);
      return await Promise.race([chat, stopped, lost, crashed]);
    }
    return await Promise.race([stopped, lost, crashed]);
  } catch (error) {
    if (!(error instanceof PlatformStartError)) throw error;
    logger.fatal({ platform: error.platform, code: error.code }, error.message);
    return 1;
  } finally {
    readiness.markStopping();
    await stopAll(stops.reverse(), logger);
  }
}

/** Runs each stop in turn, logging failures, within STOP_DEADLINE_MS in all. */
async function stopAll(stops: readonly (() => unknown)[], logger: Logger): Promise<void> {
  const inOrder = (async () => {
    for (const stop of stops) {
      try {
        await stop();
      } catch (err) {
        logger.warn({ err }, 'a part failed to stop');
      }
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      logger.warn({ deadlineMs: STOP_DEADLINE_MS }, 'stopping took too long; exiting anyway');
      resolve();
    }, STOP_DEADLINE_MS);
  });
  await Promise.race([inOrder, deadline]);
  clearTimeout(timer);
}

/** Resolves on the first SIGINT or SIGTERM (a service manager's stop), so shutdown can be orderly. */
function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal));
  });
}

/** The SQLite file's folder (./data by default) exists before anything opens it. */
/**
 * LOG_FILE, else, for a console chat (no platform), `newsbrief.log` beside the database (./data by
 * default), so the chat is not a log; with a platform, stderr, for the service manager. "-": stderr.
 */
function logFileOf(config: Config): string | null {
  if (config.logFile === '-') return null;
  if (config.logFile) return config.logFile;
  if (config.discord || config.slack) return null;
  return join(dataFolder(config.database), 'newsbrief.log');
}

async function ensureDataDir(config: Config, logger: Logger): Promise<void> {
  const { database } = config;
  if (database.kind !== 'sqlite' || database.path === ':memory:') return;
  const dir = dirname(database.path);
  await mkdir(dir, { recursive: true });
  logger.debug({ dir }, 'data folder ready');
}

// An explicit exit: once everything is stopped, nothing left behind (a socket, a watcher, stdin at a
// terminal) may keep a stopped bot alive, and a supervisor must see the exit code.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`newsbrief stopped: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { CommandContext } from './core/commands/index.js';
import { type Publisher, systemClock } from './core/digest/publisher.js';
import type { Platform } from './core/digest/subscription.js';
import { startDiscordBot } from './platforms/discord/discord-bot.js';
import { startSlackBot } from './platforms/slack/slack-bot.js';
import { cronSchedule } from './schedule/cron-schedule.js';
import { conversationStateFor } from './store/conversation-state-for.js';
import type { Store } from './store/open-store.js';

/** How often expired conversation state is deleted from the store: lookups ignore it anyway. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

export interface RunningPlatforms {
  /** Which chat platforms are up. */
  names: Platform[];
  /** Their digest publishers, for the scheduler. */
  publishers: Partial<Record<Platform, Publisher>>;
  /** Resolves, with the reason, if a platform's connection is lost for good while the bot runs. */
  failed: Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts every chat platform whose credentials are set (Slack, Discord), each reading the shared library
 * and store. A platform that cannot start (a rejected token, a port in use) stops the rest and throws, so
 * a misconfigured bot exits with the reason instead of running half-connected.
 */
export async function startPlatforms(
  config: Config,
  context: CommandContext,
  store: Store | null,
  logger: Logger,
): Promise<RunningPlatforms> {
  let fail: (reason: string) => void = () => {};
  const failed = new Promise<string>((resolve) => {
    fail = resolve;
  });
  const stops: { platform: Platform; stop: () => Promise<void> }[] = [];
  // One conversation state for every platform and, with a database, every replica: a thread's follow-up
  // or a redelivered event may reach any of them.
  const state = conversationStateFor(store);
  const sweeper = setInterval(() => {
    state.sweep().catch((err) => logger.warn({ err }, 'sweeping expired conversation state failed'));
  }, SWEEP_EVERY_MS);
  sweeper.unref();
  const running: RunningPlatforms = {
    names: [],
    publishers: {},
    failed,
    async stop() {
      clearInterval(sweeper);
      const results = await Promise.allSettled(stops.map(({ stop }) => stop()));
      results.forEach((result, i) => {
        if (result.status === 'rejected') {
          logger.warn({ err: result.reason, platform: stops[i]?.platform }, 'stopping a platform failed');
        }
      });
    },
  };
  // What every platform's handlers read: the library as it is now, how sure an answer must be, and the
  // store when it is open.
  const deps = {
    briefs: () => context.briefs,
    answerMinConfidence: config.answerMinConfidence,
    ...(store ? { digest: { store, clock: systemClock, schedule: cronSchedule }, feedback: store } : {}),
    state,
  };
  const started = (platform: Platform, bot: { publisher: Publisher; stop: () => Promise<void> }) => {
    stops.push({ platform, stop: bot.stop });
    running.names.push(platform);
    running.publishers[platform] = bot.publisher;
  };
  try {
    if (config.slack) {
      const slack = await startSlackBot({
        config: config.slack,
        port: config.port,
        logger: logger.child({ platform: 'slack' }),
        deps,
      });
      started('slack', slack);
    }
    if (config.discord) {
      const discord = await startDiscordBot({
        config: config.discord,
        logger: logger.child({ platform: 'discord' }),
        onFatal: fail,
        deps,
      });
      started('discord', discord);
    }
  } catch (error) {
    await running.stop();
    throw error;
  }
  return running;
}

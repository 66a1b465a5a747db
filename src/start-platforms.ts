import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { CommandContext } from './core/commands/index.js';
import { type Publisher, systemClock } from './core/digest/publisher.js';
import type { Platform } from './core/digest/subscription.js';
import type { ChatPlatform, PlatformDeps } from './platforms/chat-platform.js';
import type { AnswerMetrics } from './platforms/shared/observe-reply.js';
import { cronSchedule } from './schedule/cron-schedule.js';
import { conversationStateFor } from './store/conversation-state-for.js';
import { feedStoreFor } from './store/feed-store-for.js';
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
 * The chat platforms whose credentials are set, in the order they start. Each adapter (and its SDK:
 * discord.js, Bolt) is loaded only when its platform is configured, so the console starts without them.
 */
export async function configuredPlatforms(config: Config): Promise<ChatPlatform[]> {
  const platforms: ChatPlatform[] = [];
  if (config.slack) {
    const { slackPlatform } = await import('./platforms/slack/slack-bot.js');
    platforms.push(slackPlatform(config.slack, config.port));
  }
  if (config.discord) {
    const { discordPlatform } = await import('./platforms/discord/discord-bot.js');
    platforms.push(discordPlatform(config.discord));
  }
  return platforms;
}

/**
 * Starts every configured chat platform, each reading the shared library and store. A platform that
 * cannot start (a rejected token, a port in use) stops the rest and throws its PlatformStartError, so a
 * misconfigured bot exits with the reason instead of running half-connected.
 */
export async function startPlatforms(
  platforms: readonly ChatPlatform[],
  config: Config,
  context: CommandContext,
  store: Store | null,
  logger: Logger,
  metrics?: AnswerMetrics,
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
  // What every platform's handlers read: the library as it is now, how sure an answer must be, the store
  // when it is open, the shared conversation state, and where answers are counted.
  const deps: PlatformDeps = {
    briefs: () => context.briefs,
    answerMinConfidence: config.answerMinConfidence,
    ...(store
      ? {
          digest: { store, clock: systemClock, schedule: cronSchedule },
          feeds: { store: feedStoreFor(store), clock: systemClock },
          feedback: store,
        }
      : {}),
    state,
    ...(metrics ? { metrics } : {}),
  };
  try {
    for (const platform of platforms) {
      const bot = await platform.start({
        deps,
        logger: logger.child({ platform: platform.name }),
        onFatal: fail,
      });
      stops.push({ platform: platform.name, stop: bot.stop });
      running.names.push(platform.name);
      running.publishers[platform.name] = bot.publisher;
    }
  } catch (error) {
    await running.stop();
    throw error;
  }
  return running;
}

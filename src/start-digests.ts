import { userInfo } from 'node:os';
import type { Logger } from 'pino';
import type { DatabaseConfig } from './config.js';
import { type CommandContext, ownChannel } from './core/commands/index.js';
import { type Publisher, systemClock } from './core/digest/publisher.js';
import type { Platform, Target } from './core/digest/subscription.js';
import { followedFeedsIn } from './core/feeds/followed-feeds.js';
import type { DigestMetrics } from './metrics/bot-metrics.js';
import { createConsolePublisher } from './platforms/console/console-publisher.js';
import { cronSchedule } from './schedule/cron-schedule.js';
import { type RunningScheduler, startScheduler } from './schedule/start-scheduler.js';
import { feedStoreFor } from './store/feed-store-for.js';
import { openStore, redactUrl, type Store } from './store/open-store.js';

/** The console chat's own channel: `/digest subscribe` here prints digests into the chat. */
export const CONSOLE_TARGET: Target = { platform: 'console', workspace: 'local', channel: 'console' };

export interface Digests {
  /** The open store, or null when it would not open (the bot runs on, without digests or feedback). */
  store: Store | null;
  /** Starts posting due digests, through the console and every chat platform that is running. */
  startScheduler(publishers: Partial<Record<Platform, Publisher>>): void;
  /** Stops the scheduler, waiting for a pass in progress: first at shutdown, while platforms still post. */
  stopScheduler(): Promise<void>;
  /** Closes the store: last at shutdown. */
  close(): Promise<void>;
}

/**
 * Opens the subscription store and lets the console's /digest use it. The scheduler starts separately,
 * once the chat platforms that will post digests are up. A store that will not open leaves the bot
 * running without digests, and says why.
 */
export async function openDigests(
  database: DatabaseConfig,
  context: CommandContext,
  logger: Logger,
  metrics?: DigestMetrics,
): Promise<Digests> {
  const url = database.kind === 'postgres' ? database.url : `sqlite:${database.path}`;
  const log = logger.child({ part: 'digests' });
  let store: Store;
  try {
    store = await openStore(url);
  } catch (err) {
    log.error({ err, database: redactUrl(url) }, 'cannot open the subscription store; digests are off');
    return { store: null, startScheduler: () => {}, stopScheduler: async () => {}, close: async () => {} };
  }
  context.digest = {
    store,
    target: CONSOLE_TARGET,
    user: localUser(),
    clock: systemClock,
    schedule: cronSchedule,
    // The console chat is the operator's own terminal.
    managers: ownChannel('the bot operator'),
    followedFeeds: followedFeedsIn(feedStoreFor(store)),
  };
  let scheduler: RunningScheduler | null = null;
  return {
    store,
    startScheduler(publishers) {
      scheduler = startScheduler({
        store,
        briefs: () => context.briefs,
        publishers: { console: createConsolePublisher(process.stdout), ...publishers },
        clock: systemClock,
        followedFeeds: followedFeedsIn(feedStoreFor(store)),
        onError: (err) => log.error({ err }, 'digest pass failed; the next tick tries again'),
        onReports: (reports) => {
          for (const r of reports) {
            metrics?.digestSettled(r.outcome, r.late);
            log.info(
              { subscription: r.subscriptionId, slot: r.slot, outcome: r.outcome, error: r.error },
              'digest',
            );
          }
        },
      });
      log.info(
        { database: redactUrl(url), platforms: ['console', ...Object.keys(publishers)] },
        'digests on',
      );
    },
    async stopScheduler() {
      await scheduler?.stop();
    },
    close: () => store.close(),
  };
}

function localUser(): string {
  try {
    return userInfo().username || 'console';
  } catch {
    return 'console';
  }
}

import { mkdir } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { buildBriefing } from './core/briefing/build-briefing.js';
import { type CommandContext, ownChannel } from './core/commands/index.js';
import { type Publisher, systemClock } from './core/digest/publisher.js';
import type { Platform, Target } from './core/digest/subscription.js';
import type { Feed } from './core/feeds/feed.js';
import { briefingReply } from './core/replies/briefing-reply.js';
import { errorReply, type Reply } from './core/reply.js';
import { feedUserAgent } from './feeds/feed-user-agent.js';
import { createFeedFetcher } from './feeds/fetch/feed-fetcher.js';
import { FEED_INGEST_WORKERS, pollDueFeeds } from './feeds/poll-feeds.js';
import { createIngestPool } from './ingest/pool/ingest-pool.js';
import { writeBrief } from './ingest/write-brief.js';
import type { FeedMetrics } from './metrics/bot-metrics.js';
import { createConsolePublisher } from './platforms/console/console-publisher.js';
import { CONSOLE_TARGET } from './start-digests.js';
import { feedStoreFor } from './store/feed-store-for.js';
import type { Store } from './store/open-store.js';

/** How often the poller looks for due feeds; each feed itself is polled every FEEDS_POLL_MINUTES. */
const TICK_MS = 30_000;
/** Least time between two instant posts to one channel: a feed that publishes twenty items at once is paced. */
const INSTANT_GAP_MS = 5_000;

export interface RunningFeeds {
  stop(): Promise<void>;
}

/**
 * Lets the console's /feed use the store, and polls due feeds in the background: new items become briefs in
 * BRIEFS_DIR (the library's watcher loads them), instant subscriptions get them posted, paced, through the
 * platforms' publishers, and a channel whose feed was disabled is told once. Nothing without a store.
 */
export function startFeeds(
  config: Config,
  context: CommandContext,
  store: Store | null,
  publishers: Partial<Record<Platform, Publisher>>,
  logger: Logger,
  metrics?: FeedMetrics,
): RunningFeeds {
  if (!store) return { stop: async () => {} };
  const log = logger.child({ part: 'feeds' });
  const feedStore = feedStoreFor(store);
  context.feeds = {
    store: feedStore,
    target: CONSOLE_TARGET,
    user: 'console',
    clock: systemClock,
    managers: ownChannel('the bot operator'),
  };
  const fetcher = createFeedFetcher({
    userAgent: feedUserAgent(config.feeds.contact),
    allowHosts: config.feeds.allowHosts,
  });
  const pool = createIngestPool({ size: FEED_INGEST_WORKERS });
  const allPublishers: Partial<Record<Platform, Publisher>> = {
    console: createConsolePublisher(process.stdout),
    ...publishers,
  };
  const poster = pacedPoster(allPublishers, log);
  metrics?.trackQueue('feed_posts', poster.waiting);
  const post = poster.post;
  let running: Promise<void> | null = null;
  const pass = async () => {
    await mkdir(config.briefsDir, { recursive: true });
    const reports = await pollDueFeeds({
      store: feedStore,
      fetcher,
      ingest: (input) => pool.input(input),
      saveBrief: async (brief) => (await writeBrief(config.briefsDir, brief)).id,
      now: () => new Date(),
      intervalMs: config.feeds.pollMinutes * 60_000,
      postInstant: async (target, brief, feed) =>
        post(target, briefingReply(buildBriefing(brief)), `feed:${feed.url}:${brief.id}`),
      noticeDisabled: async (target, feed, reason) =>
        post(target, disabledNotice(feed, reason), `feed-disabled:${feed.url}:${feed.lastPolledAt ?? ''}`),
      warn: (message, fields) => log.warn(fields, message),
    });
    for (const r of reports) {
      metrics?.feedPolled(r.status);
      log.info({ feed: r.feed, status: r.status, new: r.new.length, error: r.error }, 'feed polled');
    }
  };
  const tick = () => {
    if (running) return; // a slow pass is not overlapped by the next tick
    running = pass()
      .catch((err) => log.error({ err }, 'feed pass failed; the next tick tries again'))
      .finally(() => {
        running = null;
      });
  };
  // The first pass at once: feeds that fell due while the bot was down should not wait for a tick.
  tick();
  const timer = setInterval(tick, TICK_MS);
  timer.unref();
  log.info({ everyMinutes: config.feeds.pollMinutes, allowHosts: config.feeds.allowHosts }, 'feeds on');
  return {
    async stop() {
      clearInterval(timer);
      await running;
      // Items already taken as seen are posted before the platforms stop, without the pacing gaps.
      await poster.drain();
      await pool.close();
      await fetcher.close();
    },
  };
}

function disabledNotice(feed: Feed, reason: string) {
  return errorReply(
    `The feed ${feed.title ? `“${feed.title}” (${feed.url})` : feed.url} is no longer fetched: ${reason}.`,
    `Once it works again, type /feed enable ${feed.url}, or /feed remove ${feed.url} to stop following it.`,
  );
}

/**
 * Posts to each channel one message at a time, INSTANT_GAP_MS apart; a failure is logged, not retried.
 * `drain` waits for every queued post and drops the remaining gaps, for an orderly stop; `waiting` counts
 * the posts not yet sent (newsbrief_queue_depth{queue="feed_posts"}).
 */
function pacedPoster(publishers: Partial<Record<Platform, Publisher>>, log: Logger) {
  const queues = new Map<string, Promise<void>>();
  let waiting = 0;
  let draining = false;
  const wakers = new Set<() => void>();
  const gap = () =>
    new Promise<void>((resolve) => {
      if (draining) return resolve();
      const timer = setTimeout(done, INSTANT_GAP_MS);
      timer.unref();
      function done() {
        clearTimeout(timer);
        wakers.delete(done);
        resolve();
      }
      wakers.add(done);
    });
  const post = (target: Target, reply: Reply, key: string): Promise<void> => {
    const publisher = publishers[target.platform];
    if (!publisher) {
      log.warn({ platform: target.platform, channel: target.channel }, 'no platform to post a feed item to');
      return Promise.resolve();
    }
    const channel = `${target.platform}:${target.workspace}:${target.channel}`;
    waiting++;
    const next = (queues.get(channel) ?? Promise.resolve())
      .then(() => publisher.publish(target, reply, key))
      .catch((err) => log.warn({ err, channel }, 'posting a feed item failed'))
      .then(() => {
        waiting--;
      })
      .then(gap);
    queues.set(channel, next);
    return Promise.resolve();
  };
  const drain = async () => {
    draining = true;
    for (const wake of wakers) wake();
    await Promise.all(queues.values());
  };
  return { post, drain, waiting: () => waiting };
}

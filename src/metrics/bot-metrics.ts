import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { PLATFORMS, type Platform } from '../core/digest/subscription.js';
import { FEED_STATUSES, type FeedStatus } from '../core/feeds/feed.js';
import type { AnswerMetrics } from '../platforms/shared/observe-reply.js';
import type { DeliveryReport } from '../schedule/scheduler-types.js';
import type { Readiness } from './readiness.js';

/**
 * The bot's Prometheus metrics, in a registry of its own (not prom-client's global one, so tests and
 * several bots in one process never share counts). Every name starts with newsbrief_; the README's "Health
 * and metrics" lists them. Labels are closed sets (platform, outcome, status, queue) and never carry an
 * id, a channel or a secret.
 */

export const METRIC_PREFIX = 'newsbrief_';

export type DigestOutcome = DeliveryReport['outcome'];
const DIGEST_OUTCOMES: readonly DigestOutcome[] = ['delivered', 'empty', 'skipped', 'failed', 'paused'];

/** What the digest scheduler's reports feed. */
export interface DigestMetrics {
  digestSettled(outcome: DigestOutcome, late: boolean): void;
}

/** What the feed poller feeds. */
export interface FeedMetrics {
  feedPolled(status: FeedStatus): void;
  /** Reads a queue's length at each scrape, as newsbrief_queue_depth{queue}. */
  trackQueue(queue: string, depth: () => number): void;
}

export interface BotMetrics extends AnswerMetrics, DigestMetrics, FeedMetrics {
  readonly registry: Registry;
}

export interface MetricSources {
  /** How many briefs the answer library holds now. */
  briefs: () => number;
  readiness: Readiness;
}

/** Answers take 1–100 ms on a warm library; the upper buckets catch a cold start or a busy machine. */
const ANSWER_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export function createBotMetrics(sources: MetricSources): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  const registers = [registry];
  const answers = new Counter({
    name: `${METRIC_PREFIX}answers_total`,
    help: 'Questions put to the bot that got an answer or an abstention ("the article doesn\'t say").',
    labelNames: ['platform', 'outcome'] as const,
    registers,
  });
  const answerSeconds = new Histogram({
    name: `${METRIC_PREFIX}answer_seconds`,
    help: 'Time to reach an answer or abstention, from the question to the reply, before it is posted.',
    labelNames: ['platform'] as const,
    buckets: ANSWER_BUCKETS,
    registers,
  });
  const digests = new Counter({
    name: `${METRIC_PREFIX}digests_total`,
    help: 'Digest slots settled, by outcome (empty: no new stories; skipped: missed by over the grace period).',
    labelNames: ['outcome'] as const,
    registers,
  });
  const lateDigests = new Counter({
    name: `${METRIC_PREFIX}digests_late_total`,
    help: 'Digests posted more than a minute after their slot (also counted in newsbrief_digests_total).',
    registers,
  });
  const feedPolls = new Counter({
    name: `${METRIC_PREFIX}feed_polls_total`,
    help: 'Feed polls, by status.',
    labelNames: ['status'] as const,
    registers,
  });
  const queues = new Map<string, () => number>();
  new Gauge({
    name: `${METRIC_PREFIX}queue_depth`,
    help: 'Work waiting in a queue (feed_posts: instant feed items not yet posted, paced per channel).',
    labelNames: ['queue'] as const,
    registers,
    collect() {
      for (const [queue, depth] of queues) this.set({ queue }, depth());
    },
  });
  new Gauge({
    name: `${METRIC_PREFIX}briefs`,
    help: 'Briefs in the answer library.',
    registers,
    collect() {
      this.set(sources.briefs());
    },
  });
  new Gauge({
    name: `${METRIC_PREFIX}ready`,
    help: '1 when GET /readyz would answer 200 (store reachable, platforms connected, briefs loaded), else 0.',
    registers,
    async collect() {
      this.set((await sources.readiness.report()).ready ? 1 : 0);
    },
  });
  // Every series exists from the first scrape, at 0, so rate() and alerts see the first event too.
  for (const platform of PLATFORMS) {
    for (const outcome of ['answered', 'abstained']) answers.inc({ platform, outcome }, 0);
    answerSeconds.zero({ platform });
  }
  for (const outcome of DIGEST_OUTCOMES) digests.inc({ outcome }, 0);
  for (const status of FEED_STATUSES) feedPolls.inc({ status }, 0);
  return {
    registry,
    answered(platform: Platform, outcome, seconds) {
      answers.inc({ platform, outcome });
      answerSeconds.observe({ platform }, seconds);
    },
    digestSettled(outcome, late) {
      digests.inc({ outcome });
      if (late) lateDigests.inc();
    },
    feedPolled(status) {
      feedPolls.inc({ status });
    },
    trackQueue(queue, depth) {
      queues.set(queue, depth);
    },
  };
}

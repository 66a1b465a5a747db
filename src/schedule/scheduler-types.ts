import type { BriefCollection } from '../core/answer/answer.js';
import type { Clock, Publisher } from '../core/digest/publisher.js';
import type { FollowedFeed } from '../core/digest/select-stories.js';
import type { Platform, Target } from '../core/digest/subscription.js';
import type { SubscriptionStore } from '../core/digest/subscription-store.js';

/** What one pass did for one (subscription, slot). */
export interface DeliveryReport {
  subscriptionId: string;
  target: Target;
  /** The scheduled instant, UTC ISO. */
  slot: string;
  /** 'paused': the platform said the channel is gone (or the schedule is invalid) and the subscription stopped. */
  outcome: 'delivered' | 'empty' | 'skipped' | 'failed' | 'paused';
  /** Posted more than a minute after its slot, and the digest said so. */
  late: boolean;
  stories: { id: string; title: string }[];
  error?: string;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. Default 3. */
  tries: number;
  /** Wait before the second attempt; doubles each time. A platform's retryAfterMs wins when longer. */
  baseMs: number;
}

export interface SchedulerOptions {
  store: SubscriptionStore;
  /** The brief library as it is now (it may be reloaded between passes). */
  briefs: () => BriefCollection;
  /** Subscriptions on a platform without a publisher here are left for a process that has one. */
  publishers: Partial<Record<Platform, Publisher>>;
  clock: Clock;
  /** A slot missed by more than this is recorded 'skipped', never posted. Default 6 h. */
  graceMs?: number;
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  /** Due subscriptions handled per pass. Default 100. */
  limit?: number;
  /** The feeds a channel follows, so that feed stories reach only their followers. Default: no filtering. */
  followedFeeds?: (target: Target) => Promise<readonly FollowedFeed[] | undefined>;
}

export const DEFAULT_GRACE_MS = 6 * 60 * 60 * 1000;
export const DEFAULT_RETRY: RetryPolicy = { tries: 3, baseMs: 2000 };
export const DEFAULT_LIMIT = 100;
/** A digest posted later than this after its slot says it is late. */
export const LATE_AFTER_MS = 60 * 1000;
/**
 * A claim not renewed for this long belongs to a process that died: another delivers it again. Short, so a
 * killed replica's digest goes out within two minutes (this, plus at most one tick); safe, because the
 * process delivering renews its claim every CLAIM_RENEW_MS, however long the platform keeps it waiting.
 */
export const STALE_CLAIM_MS = 60 * 1000;
/** How often a delivery under way renews its claim: a quarter of STALE_CLAIM_MS, slack for a busy machine. */
export const CLAIM_RENEW_MS = 15 * 1000;
/** At most this many missed slots of one subscription are recorded 'skipped' in one pass. */
export const MAX_SKIPPED_RECORDS = 100;

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The options with every default filled in. */
export type SchedulerContext = Required<SchedulerOptions>;

export function withDefaults(options: SchedulerOptions): SchedulerContext {
  return {
    graceMs: DEFAULT_GRACE_MS,
    retry: DEFAULT_RETRY,
    sleep: realSleep,
    limit: DEFAULT_LIMIT,
    followedFeeds: async () => undefined,
    ...options,
  };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

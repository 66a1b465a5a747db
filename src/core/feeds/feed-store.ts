import type { Target } from '../digest/subscription.js';
import type { Feed, FeedSubscription, NewFeedSubscription, PollRecord, SeenItem } from './feed.js';

/**
 * Feeds, their subscriptions and the items seen, shared by every replica on one database. Two
 * implementations (SQLite, PostgreSQL) and one in memory pass one contract suite; the poller, the /feed
 * command and the CLI use only this.
 */
export interface FeedStore {
  /**
   * Subscribes the target to the feed, creating the feed (due at `now`) when it is new; a second call for
   * the same (feed, target) replaces its filters and mode. `created` says whether the feed row is new.
   */
  subscribe(
    subscription: NewFeedSubscription,
    now: string,
  ): Promise<{ feed: Feed; subscription: FeedSubscription; created: boolean }>;
  /** Ends the target's subscription; the feed and its seen items go when no subscription is left. */
  unsubscribe(target: Target, feedUrl: string): Promise<boolean>;
  /** Subscriptions of a target, or of a feed, or all; oldest first. */
  subscriptions(filter?: { target?: Target; feedUrl?: string }): Promise<FeedSubscription[]>;
  feed(url: string): Promise<Feed | null>;
  /** Every feed, oldest first. */
  feeds(): Promise<Feed[]>;
  /** Feeds not disabled whose next poll is at or before `now`, soonest first, at most `limit`. */
  due(now: string, limit: number): Promise<Feed[]>;
  /**
   * Claims the next poll of a feed once across every process sharing the store: true when this caller
   * holds it until `leaseUntil` — no other claim holds an unexpired lease at `now`.
   */
  claimPoll(url: string, now: string, leaseUntil: string): Promise<boolean>;
  /** Records a poll's outcome and releases its claim. */
  recordPoll(url: string, record: PollRecord): Promise<void>;
  /** Re-enables a disabled feed: failures reset, due at `nextPollAt`, notices may be sent again. */
  enable(url: string, nextPollAt: string): Promise<boolean>;
  seenItem(feedUrl: string, key: string): Promise<SeenItem | null>;
  /**
   * Records an item as seen once across every process (INSERT … ON CONFLICT DO NOTHING): true when this
   * caller saw it first, and so is the one to brief and post it.
   */
  rememberItem(item: SeenItem): Promise<boolean>;
  /** A seen item's content changed: its new hash, and its brief when it was re-briefed. */
  updateItem(feedUrl: string, key: string, contentHash: string, briefId: string | null): Promise<void>;
  /** Marks that the target was told the feed is disabled; false when it already was. */
  markDisabledNotice(target: Target, feedUrl: string, at: string): Promise<boolean>;
}

import type { Delivery, DeliveryOutcome, Subscription, Target } from './subscription.js';

export type NewSubscription = Omit<Subscription, 'id'>;

/**
 * Subscriptions and the delivery ledger. Two implementations (SQLite, PostgreSQL) pass one contract
 * suite; the scheduler and the /digest command use only this.
 */
export interface SubscriptionStore {
  /** Adds a subscription, or replaces the one for the same target (one digest a channel). */
  subscribe(subscription: NewSubscription): Promise<Subscription>;
  /** Removes the target's subscription; false when there was none. */
  unsubscribe(target: Target): Promise<boolean>;
  get(id: string): Promise<Subscription | null>;
  findByTarget(target: Target): Promise<Subscription | null>;
  /** Every subscription of a workspace (Slack team, Discord guild), or of all when omitted. */
  list(filter?: { platform?: Target['platform']; workspace?: string }): Promise<Subscription[]>;
  /** Unpaused subscriptions whose next run is at or before `now` (ISO UTC), oldest first, at most `limit`. */
  due(now: string, limit: number): Promise<Subscription[]>;
  /** Moves the schedule on; `deliveredThrough` only when a digest went out. */
  advance(id: string, nextRunAt: string, deliveredThrough?: string): Promise<void>;
  pause(id: string, reason: string): Promise<void>;
  resume(id: string): Promise<void>;
  /**
   * Claims (subscription, slot) once across every process sharing the store — INSERT … ON CONFLICT DO
   * NOTHING — and returns the new ledger row, or null when another claim won.
   */
  claim(subscriptionId: string, slot: string, claimedAt: string): Promise<Delivery | null>;
  /** Records how a claimed delivery ended. */
  settle(
    subscriptionId: string,
    slot: string,
    result: {
      outcome: Exclude<DeliveryOutcome, 'claimed'>;
      settledAt: string;
      attempts: number;
      briefIds: string[];
      error: string | null;
      late: boolean;
    },
  ): Promise<void>;
  /** Claims left unsettled (a crash between claiming and confirming), older than `before`. */
  unsettled(before: string): Promise<Delivery[]>;
  /**
   * Takes over an unsettled claim still older than `staleBefore`, once across every process — one UPDATE
   * that renews its claimed_at to `claimedAt` — so that of two replicas finding the same stale claim only
   * one re-sends it. Null when another process took it, or it was settled, in the meantime.
   */
  reclaim(
    subscriptionId: string,
    slot: string,
    staleBefore: string,
    claimedAt: string,
  ): Promise<Delivery | null>;
  /** Renews a claim still unsettled (its claimed_at) while its delivery goes on; false when it is settled. */
  renew(subscriptionId: string, slot: string, claimedAt: string): Promise<boolean>;
  /** The newest ledger rows of a subscription, newest first. */
  history(subscriptionId: string, limit: number): Promise<Delivery[]>;
  close(): Promise<void>;
}

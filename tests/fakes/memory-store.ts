import type { Delivery, Subscription, Target } from '../../src/core/digest/subscription.js';
import type { NewSubscription, SubscriptionStore } from '../../src/core/digest/subscription-store.js';
import {
  compareTallies,
  type Feedback,
  type FeedbackTally,
  parseFeedback,
  type Verdict,
} from '../../src/core/feedback/feedback.js';
import type { Store } from '../../src/store/open-store.js';

const sameTarget = (a: Target, b: Target) =>
  a.platform === b.platform && a.workspace === b.workspace && a.channel === b.channel;

/** A hand-written in-memory Store for unit tests of the scheduler, the /digest command and feedback. */
export class MemoryStore implements Store {
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly ledger = new Map<string, Delivery>();
  private readonly feedback = new Map<string, Feedback>();
  private nextId = 1;

  async subscribe(subscription: NewSubscription): Promise<Subscription> {
    const existing = [...this.subscriptions.values()].find((s) => sameTarget(s.target, subscription.target));
    const saved = { ...subscription, id: existing?.id ?? `sub-${this.nextId++}` };
    this.subscriptions.set(saved.id, saved);
    return saved;
  }

  async unsubscribe(target: Target): Promise<boolean> {
    const existing = await this.findByTarget(target);
    return existing ? this.subscriptions.delete(existing.id) : false;
  }

  async get(id: string) {
    return this.subscriptions.get(id) ?? null;
  }

  async findByTarget(target: Target) {
    return [...this.subscriptions.values()].find((s) => sameTarget(s.target, target)) ?? null;
  }

  async list(filter: { platform?: Target['platform']; workspace?: string } = {}) {
    return [...this.subscriptions.values()].filter(
      (s) =>
        (!filter.platform || s.target.platform === filter.platform) &&
        (!filter.workspace || s.target.workspace === filter.workspace),
    );
  }

  async due(now: string, limit: number) {
    return [...this.subscriptions.values()]
      .filter((s) => !s.pausedReason && s.nextRunAt <= now)
      .sort((a, b) => a.nextRunAt.localeCompare(b.nextRunAt))
      .slice(0, limit);
  }

  async advance(id: string, nextRunAt: string, deliveredThrough?: string) {
    const s = this.subscriptions.get(id);
    if (s) this.subscriptions.set(id, { ...s, nextRunAt, ...(deliveredThrough ? { deliveredThrough } : {}) });
  }

  async pause(id: string, reason: string) {
    const s = this.subscriptions.get(id);
    if (s) this.subscriptions.set(id, { ...s, pausedReason: reason });
  }

  async resume(id: string) {
    const s = this.subscriptions.get(id);
    if (s) this.subscriptions.set(id, { ...s, pausedReason: null });
  }

  async claim(subscriptionId: string, slot: string, claimedAt: string) {
    const key = `${subscriptionId}@${slot}`;
    if (this.ledger.has(key)) return null;
    const row: Delivery = {
      subscriptionId,
      slot,
      outcome: 'claimed',
      claimedAt,
      settledAt: null,
      attempts: 0,
      briefIds: [],
      error: null,
      late: false,
    };
    this.ledger.set(key, row);
    return row;
  }

  async settle(subscriptionId: string, slot: string, result: Parameters<SubscriptionStore['settle']>[2]) {
    const key = `${subscriptionId}@${slot}`;
    const row = this.ledger.get(key);
    if (row) this.ledger.set(key, { ...row, ...result });
  }

  async reclaim(subscriptionId: string, slot: string, staleBefore: string, claimedAt: string) {
    const key = `${subscriptionId}@${slot}`;
    const row = this.ledger.get(key);
    if (row?.outcome !== 'claimed' || row.claimedAt >= staleBefore) return null;
    const taken = { ...row, claimedAt };
    this.ledger.set(key, taken);
    return taken;
  }

  async renew(subscriptionId: string, slot: string, claimedAt: string) {
    const key = `${subscriptionId}@${slot}`;
    const row = this.ledger.get(key);
    if (row?.outcome !== 'claimed') return false;
    this.ledger.set(key, { ...row, claimedAt });
    return true;
  }

  async unsettled(before: string) {
    return [...this.ledger.values()].filter((d) => d.outcome === 'claimed' && d.claimedAt < before);
  }

  async history(subscriptionId: string, limit: number) {
    return [...this.ledger.values()]
      .filter((d) => d.subscriptionId === subscriptionId)
      .sort((a, b) => b.slot.localeCompare(a.slot))
      .slice(0, limit);
  }

  async recordFeedback(f: Feedback) {
    const checked = parseFeedback(f);
    const key = JSON.stringify([f.platform, f.workspace, f.channel, f.message, f.user]);
    this.feedback.set(key, checked);
  }

  async feedbackSummary() {
    const tallies = new Map<string | null, FeedbackTally>();
    for (const f of this.feedback.values()) {
      const tally = tallies.get(f.briefId) ?? { briefId: f.briefId, up: 0, down: 0 };
      tally[f.verdict] += 1;
      tallies.set(f.briefId, tally);
    }
    return [...tallies.values()].sort(compareTallies);
  }

  async recentFeedback(options: { limit: number; verdict?: Verdict }) {
    return [...this.feedback.values()]
      .filter((f) => !options.verdict || f.verdict === options.verdict)
      .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))
      .slice(0, Math.max(0, Math.floor(options.limit)));
  }

  async close() {}
}

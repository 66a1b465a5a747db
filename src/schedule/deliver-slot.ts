import { digestReply } from '../core/digest/digest-reply.js';
import type { PublishOptions } from '../core/digest/publisher.js';
import { selectStories } from '../core/digest/select-stories.js';
import type { Subscription } from '../core/digest/subscription.js';
import { publishWithRetry } from './publish-with-retry.js';
import {
  CLAIM_RENEW_MS,
  type DeliveryReport,
  LATE_AFTER_MS,
  type SchedulerContext,
} from './scheduler-types.js';

export interface SlotResult {
  report: DeliveryReport;
  /** Set when a digest with stories went out: the subscription has now received everything up to here. */
  deliveredThrough?: string;
}

/** The ledger key a platform may use to post a (subscription, slot) once. */
export const idempotencyKey = (subscriptionId: string, slot: string) => `${subscriptionId}:${slot}`;

/**
 * Sends a slot already claimed in the ledger and settles it. `asOf` is the instant the digest is composed
 * for (stories up to it; late if more than a minute after the slot) — the claim time, so that a digest
 * delivered again after a crash is the same digest.
 */
export async function deliverClaimed(
  ctx: SchedulerContext,
  sub: Subscription,
  slot: string,
  asOf: Date,
  options: PublishOptions = {},
): Promise<SlotResult> {
  const now = asOf.toISOString();
  const late = asOf.getTime() - Date.parse(slot) > LATE_AFTER_MS;
  const feeds = await ctx.followedFeeds(sub.target);
  const { stories, more } = selectStories(ctx.briefs(), {
    since: sub.deliveredThrough,
    topics: sub.topics,
    now,
    ...(feeds ? { feeds } : {}),
  });
  const empty = stories.length === 0;
  const base = {
    subscriptionId: sub.id,
    target: sub.target,
    slot,
    late,
    stories: stories.map((s) => ({ id: s.id, title: s.title })),
  };
  const settle = async (
    outcome: 'delivered' | 'empty' | 'failed',
    attempts: number,
    error: string | null,
    posted: boolean,
  ) =>
    ctx.store.settle(sub.id, slot, {
      outcome,
      settledAt: ctx.clock.now().toISOString(),
      attempts,
      briefIds: outcome === 'empty' ? [] : stories.map((s) => s.id),
      error,
      late: posted && late,
    });

  if (empty && !sub.postWhenEmpty) {
    await settle('empty', 0, null, false);
    return { report: { ...base, outcome: 'empty', late: false } };
  }
  const publisher = ctx.publishers[sub.target.platform];
  if (!publisher) {
    const error = `no publisher for ${sub.target.platform}`;
    await settle('failed', 0, error, false);
    return { report: { ...base, outcome: 'failed', error } };
  }
  const reply = digestReply(stories, more, {
    slot,
    timezone: sub.timezone,
    since: sub.deliveredThrough,
    empty,
    ...(late ? { late: { slot } } : {}),
  });
  const result = await whileHoldingClaim(ctx, sub.id, slot, () =>
    publishWithRetry(
      publisher,
      sub.target,
      reply,
      idempotencyKey(sub.id, slot),
      ctx.retry,
      ctx.sleep,
      options,
    ),
  );
  if (result.ok) {
    await settle(empty ? 'empty' : 'delivered', result.attempts, null, true);
    if (empty) return { report: { ...base, outcome: 'empty' } };
    return { report: { ...base, outcome: 'delivered' }, deliveredThrough: now };
  }
  const { failure } = result;
  await settle('failed', result.attempts, failure.message, false);
  if (failure.kind === 'gone') {
    await ctx.store.pause(sub.id, `the channel is gone or closed to the bot: ${failure.message}`);
    return { report: { ...base, outcome: 'paused', late: false, error: failure.message } };
  }
  return { report: { ...base, outcome: 'failed', late: false, error: failure.message } };
}

/**
 * Runs a delivery while renewing its claim every CLAIM_RENEW_MS, so that a platform keeping it waiting (a
 * long Retry-After) never makes it look abandoned to another replica. A renewal the store refuses is not
 * fatal here: at worst another replica re-sends, and the digest's idempotency key keeps that to one post;
 * the settle that follows reports a store that is really down.
 */
async function whileHoldingClaim<T>(
  ctx: SchedulerContext,
  subscriptionId: string,
  slot: string,
  deliver: () => Promise<T>,
): Promise<T> {
  const renewal = setInterval(() => {
    ctx.store.renew(subscriptionId, slot, ctx.clock.now().toISOString()).catch(() => {});
  }, CLAIM_RENEW_MS);
  try {
    return await deliver();
  } finally {
    clearInterval(renewal);
  }
}

/** Claims the slot and delivers it; null when another process claimed it first. */
export async function deliverSlot(
  ctx: SchedulerContext,
  sub: Subscription,
  slot: string,
  now: Date,
): Promise<SlotResult | null> {
  const claimed = await ctx.store.claim(sub.id, slot, now.toISOString());
  if (!claimed) return null;
  return deliverClaimed(ctx, sub, slot, now);
}

/** Records a slot missed by more than the grace period; null when another process recorded it. */
export async function skipSlot(
  ctx: SchedulerContext,
  sub: Subscription,
  slot: string,
  now: Date,
  reason: string,
): Promise<DeliveryReport | null> {
  const claimed = await ctx.store.claim(sub.id, slot, now.toISOString());
  if (!claimed) return null;
  await ctx.store.settle(sub.id, slot, {
    outcome: 'skipped',
    settledAt: now.toISOString(),
    attempts: 0,
    briefIds: [],
    error: reason,
    late: false,
  });
  return {
    subscriptionId: sub.id,
    target: sub.target,
    slot,
    outcome: 'skipped',
    late: false,
    stories: [],
    error: reason,
  };
}

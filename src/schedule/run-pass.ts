import type { Delivery, Subscription } from '../core/digest/subscription.js';
import { deliverClaimed, deliverSlot, type SlotResult, skipSlot } from './deliver-slot.js';
import { latestRunAtOrBefore, nextRunAfter } from './next-run.js';
import {
  type DeliveryReport,
  errorMessage,
  MAX_SKIPPED_RECORDS,
  type SchedulerContext,
  type SchedulerOptions,
  STALE_CLAIM_MS,
  withDefaults,
} from './scheduler-types.js';

export type { DeliveryReport, SchedulerOptions } from './scheduler-types.js';

/**
 * One scheduler pass: first delivers again the claims a crashed process left unsettled (same idempotency
 * key), then every due subscription: slots missed by more than the grace period are recorded 'skipped',
 * the latest slot within it is claimed once and posted (late, and saying so, when more than a minute
 * after its slot), and the schedule moves on to the first slot after now. One subscription's failure
 * never stops the others.
 */
export async function runSchedulerPass(options: SchedulerOptions): Promise<DeliveryReport[]> {
  const ctx = withDefaults(options);
  const reports: DeliveryReport[] = [];
  const staleBefore = new Date(ctx.clock.now().getTime() - STALE_CLAIM_MS).toISOString();
  const now = ctx.clock.now().toISOString();
  for (const stale of await ctx.store.unsettled(staleBefore)) {
    // Another replica may have found the same stale claim: only the one that takes it over re-sends it.
    const taken = await ctx.store.reclaim(stale.subscriptionId, stale.slot, staleBefore, now);
    if (taken) reports.push(...(await guarded(() => recoverClaim(ctx, stale), stale.subscriptionId)));
  }
  for (const sub of await ctx.store.due(ctx.clock.now().toISOString(), ctx.limit)) {
    if (!ctx.publishers[sub.target.platform]) continue;
    reports.push(...(await guarded(() => runSubscription(ctx, sub), sub.id, sub)));
  }
  return reports;
}

async function guarded(
  work: () => Promise<DeliveryReport[]>,
  subscriptionId: string,
  sub?: Subscription,
): Promise<DeliveryReport[]> {
  try {
    return await work();
  } catch (error) {
    if (!sub) return [];
    const report: DeliveryReport = {
      subscriptionId,
      target: sub.target,
      slot: sub.nextRunAt,
      outcome: 'failed',
      late: false,
      stories: [],
      error: errorMessage(error),
    };
    return [report];
  }
}

async function runSubscription(ctx: SchedulerContext, sub: Subscription): Promise<DeliveryReport[]> {
  const now = ctx.clock.now();
  let next: Date;
  try {
    next = nextRunAfter(sub.cron, sub.timezone, now);
  } catch (error) {
    const reason = `invalid schedule: ${errorMessage(error)}`;
    await ctx.store.pause(sub.id, reason);
    return [{ ...bareReport(sub, sub.nextRunAt), outcome: 'paused', error: reason }];
  }
  const reports: DeliveryReport[] = [];
  let slot: string | null = sub.nextRunAt;
  if (now.getTime() - Date.parse(slot) > ctx.graceMs) {
    reports.push(...(await skipMissed(ctx, sub, now)));
    const latest = latestRunAtOrBefore(sub.cron, sub.timezone, now);
    const withinGrace =
      latest &&
      latest.getTime() > Date.parse(sub.nextRunAt) &&
      now.getTime() - latest.getTime() <= ctx.graceMs;
    slot = withinGrace ? latest.toISOString() : null;
  }
  const result: SlotResult | null = slot ? await deliverSlot(ctx, sub, slot, now) : null;
  if (result) reports.push(result.report);
  await ctx.store.advance(sub.id, next.toISOString(), result?.deliveredThrough);
  return reports;
}

/** Records 'skipped' for each slot from nextRunAt on that is more than the grace period old. */
async function skipMissed(ctx: SchedulerContext, sub: Subscription, now: Date): Promise<DeliveryReport[]> {
  const reports: DeliveryReport[] = [];
  const reason = `missed by more than ${Math.round(ctx.graceMs / 60_000)} minutes`;
  let slot: Date = new Date(sub.nextRunAt);
  for (let i = 0; i < MAX_SKIPPED_RECORDS && now.getTime() - slot.getTime() > ctx.graceMs; i++) {
    const report = await skipSlot(ctx, sub, slot.toISOString(), now, reason);
    if (report) reports.push(report);
    slot = nextRunAfter(sub.cron, sub.timezone, slot);
  }
  return reports;
}

/** A claim a crashed process left: deliver it again as it was composed then, or skip it if too old. */
async function recoverClaim(ctx: SchedulerContext, claim: Delivery): Promise<DeliveryReport[]> {
  const sub = await ctx.store.get(claim.subscriptionId);
  const settledAt = ctx.clock.now().toISOString();
  const close = (outcome: 'failed' | 'skipped', error: string) =>
    ctx.store.settle(claim.subscriptionId, claim.slot, {
      outcome,
      settledAt,
      attempts: claim.attempts,
      briefIds: [],
      error,
      late: false,
    });
  if (!sub) {
    await close('failed', 'the subscription was removed');
    return [];
  }
  if (!ctx.publishers[sub.target.platform]) return [];
  if (sub.pausedReason) {
    await close('failed', `paused: ${sub.pausedReason}`);
    return [];
  }
  const now = ctx.clock.now();
  let report: DeliveryReport;
  let deliveredThrough: string | undefined;
  if (now.getTime() - Date.parse(claim.slot) > ctx.graceMs) {
    const reason = 'left unsettled by a crashed pass and now past the grace period';
    await close('skipped', reason);
    report = { ...bareReport(sub, claim.slot), outcome: 'skipped', error: reason };
  } else {
    const result = await deliverClaimed(ctx, sub, claim.slot, new Date(claim.claimedAt), { resend: true });
    report = result.report;
    if (result.deliveredThrough && Date.parse(result.deliveredThrough) > Date.parse(sub.deliveredThrough)) {
      deliveredThrough = result.deliveredThrough;
    }
  }
  const nextRunAt =
    Date.parse(sub.nextRunAt) > Date.parse(claim.slot)
      ? sub.nextRunAt
      : nextRunAfter(sub.cron, sub.timezone, now).toISOString();
  await ctx.store.advance(sub.id, nextRunAt, deliveredThrough);
  return [report];
}

function bareReport(sub: Subscription, slot: string): DeliveryReport {
  return { subscriptionId: sub.id, target: sub.target, slot, outcome: 'failed', late: false, stories: [] };
}

import type { Brief } from '../../src/core/brief.schema.js';
import type { Delivery } from '../../src/core/digest/subscription.js';
import { idempotencyKey } from '../../src/schedule/deliver-slot.js';
import type { Store } from '../../src/store/open-store.js';
import { FAKE_TEAM, type FakeSlack } from '../../tests/fakes/fake-slack.js';
import { subscribeDueDigest } from '../../tests/fixtures/shared-databases.js';
import { type RaceSetup, type RoundPlan, raceAndKill } from './chaos-race.js';
import {
  firstTickAfterStale,
  nextMinuteTick,
  runTick,
  type TakeOverReplica,
  type TickRun,
} from './chaos-recovery.js';
import {
  copiesOf,
  type DueDigest,
  describeDigest,
  keyOf,
  killToPostMs,
  type RoundStory,
} from './chaos-tally.js';

/**
 * One chaos round: digests fall due in fresh channels, two replicas race for them and are killed (see
 * chaos-race.ts), the take-over runs at simulated minute ticks until every digest is settled, and then
 * each digest is looked for in its channel: exactly one copy, by its idempotency key, is the rule.
 */

export interface RoundContext extends RaceSetup {
  fake: FakeSlack;
  /** This process's own connection to the shared store, for setting up and reading the ledger. */
  store: Store;
  takeOver: readonly TakeOverReplica[];
  briefs: readonly Brief[];
}

export interface RoundResult {
  due: number;
  killed: number;
  exactlyOnce: number;
  /** Copies beyond the first, over all digests of the round. */
  duplicates: number;
  lost: number;
  /** Claims the killed replicas left unsettled, which the take-over reclaimed. */
  takenOver: number;
  /** …of which the killed replica had already posted: the take-over found them by key and posted nothing. */
  takenOverAlreadyPosted: number;
  /** chat.delete calls: copies the read-back after posting found to be later than another. */
  deletes: number;
  /** Longest kill → post by the take-over, on the simulated clock; undefined when it posted nothing. */
  longestKillToPostMs: number | undefined;
  failures: string[];
}

/** A take-over that has not settled everything after this many minute ticks has failed. */
const MAX_TAKE_OVER_TICKS = 3;
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export async function runRound(ctx: RoundContext, plan: RoundPlan): Promise<RoundResult> {
  const firstCall = ctx.fake.calls.length;
  const digests = await subscribeRound(ctx, plan);
  const story: RoundStory = { round: plan.round, origin: Date.now(), events: [], calls: [], logs: {} };
  const race = await raceAndKill(ctx, plan, story);

  // Everything unsettled now was left by a killed replica: the one left alive has stopped in order.
  const left = await ctx.store.unsettled(new Date(Date.now() + YEAR_MS).toISOString());
  const postedBeforeTakeOver = new Set(ctx.fake.messages.map((m) => keyOf(m.metadata)));
  story.takeOverAt = Date.now();
  const ticks = await takeOver(ctx, digests, left);
  story.calls = ctx.fake.calls.slice(firstCall);
  for (const tick of ticks) {
    const simulated = Math.round((tick.tickAt - story.origin) / 1000);
    story.events.push(`take-over tick at +${simulated} s simulated (${tick.reports.length} report(s))`);
  }

  const result: RoundResult = {
    due: digests.length,
    killed: race.killedAt.length,
    exactlyOnce: 0,
    duplicates: 0,
    lost: 0,
    takenOver: left.length,
    takenOverAlreadyPosted: left.filter((d) =>
      postedBeforeTakeOver.has(idempotencyKey(d.subscriptionId, d.slot)),
    ).length,
    deletes: story.calls.filter((c) => c.method === 'chat.delete').length,
    longestKillToPostMs: undefined,
    failures: [...race.failures, ...ticks.flatMap((t) => t.errors.map((e) => `round ${plan.round}: ${e}`))],
  };
  const firstKill = race.killedAt.length ? Math.min(...race.killedAt) : undefined;
  for (const digest of digests) {
    const copies = copiesOf(ctx.fake, digest);
    const ledger = await ledgerRow(ctx.store, digest);
    const where = `round ${plan.round}, channel ${digest.channel}, digest ${digest.key}`;
    if (copies.length === 1) result.exactlyOnce++;
    else if (copies.length === 0) {
      result.lost++;
      result.failures.push(
        `${where}: lost, no copy in the channel at the end; ${describeDigest(story, digest, ledger)}`,
      );
    } else {
      result.duplicates += copies.length - 1;
      const stamps = copies.map((m) => m.ts).join(', ');
      result.failures.push(
        `${where}: posted ${copies.length} times (ts ${stamps}); ${describeDigest(story, digest, ledger)}`,
      );
    }
    if (!ledger || ledger.outcome === 'claimed') {
      result.failures.push(
        `${where}: still unsettled in the ledger after ${ticks.length} take-over tick(s); ${describeDigest(story, digest, ledger)}`,
      );
    }
    const waited = firstKill === undefined ? undefined : killToPostMs(story.calls, digest, ticks, firstKill);
    if (waited !== undefined) result.longestKillToPostMs = Math.max(result.longestKillToPostMs ?? 0, waited);
  }
  return result;
}

/** The round's channels, each with a digest that fell due a minute ago; read back for its id and slot. */
async function subscribeRound(ctx: RoundContext, plan: RoundPlan): Promise<DueDigest[]> {
  const digests: DueDigest[] = [];
  for (let i = 0; i < plan.channels; i++) {
    const target = { platform: 'slack' as const, workspace: FAKE_TEAM, channel: `C0FUZZ${plan.round}X${i}` };
    await subscribeDueDigest(ctx.databaseUrl, target);
    const sub = await ctx.store.findByTarget(target);
    if (!sub) throw new Error(`round ${plan.round}: the subscription for ${target.channel} was not stored`);
    digests.push({
      channel: target.channel,
      subscriptionId: sub.id,
      key: idempotencyKey(sub.id, sub.nextRunAt),
      slot: sub.nextRunAt,
    });
  }
  return digests;
}

/**
 * Minute ticks of the take-over replicas, the first at the first tick after the newest claim left went
 * stale (or the next tick, when nothing was claimed), until every digest of the round is settled.
 */
async function takeOver(ctx: RoundContext, digests: readonly DueDigest[], left: readonly Delivery[]) {
  const ticks: TickRun[] = [];
  let tickAt = Math.max(
    nextMinuteTick(Date.now()),
    ...left.map((d) => firstTickAfterStale(Date.parse(d.claimedAt))),
  );
  while (ticks.length < MAX_TAKE_OVER_TICKS && !(await allSettled(ctx.store, digests))) {
    ticks.push(await runTick(ctx.takeOver, ctx.briefs, tickAt));
    tickAt += 60_000;
  }
  return ticks;
}

async function allSettled(store: Store, digests: readonly DueDigest[]): Promise<boolean> {
  for (const digest of digests) {
    const row = await ledgerRow(store, digest);
    if (!row || row.outcome === 'claimed') return false;
  }
  return true;
}

async function ledgerRow(store: Store, digest: DueDigest): Promise<Delivery | undefined> {
  const rows = await store.history(digest.subscriptionId, 10);
  return rows.find((d) => Date.parse(d.slot) === Date.parse(digest.slot));
}

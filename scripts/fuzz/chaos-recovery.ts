import { WebClient } from '@slack/web-api';
import type { Brief } from '../../src/core/brief.schema.js';
import type { Publisher } from '../../src/core/digest/publisher.js';
import { ChannelPacer } from '../../src/platforms/shared/channel-pacer.js';
import { createSlackPublisher } from '../../src/platforms/slack/slack-publisher.js';
import { type DeliveryReport, runSchedulerPass } from '../../src/schedule/run-pass.js';
import { STALE_CLAIM_MS } from '../../src/schedule/scheduler-types.js';
import { openStore, type Store } from '../../src/store/open-store.js';

/**
 * The replicas that take over what a killed one left, run in this process with a clock moved forward:
 * a real survivor would reclaim a claim only at its first minute tick after the claim went stale — a
 * real minute away — so, as tests/main-kill.test.ts does, the passes are run here at that simulated
 * tick instead. Two of them, each with its own store connection and Slack client, racing as two
 * surviving replicas would, so that the take-over of one claim by two at once is exercised too.
 */
export interface TakeOverReplica {
  store: Store;
  publisher: Publisher;
}

export interface TickRun {
  /** The simulated instant the tick fired at (ms). */
  tickAt: number;
  /** Real Date.now() when the passes began; simulated time = real + offsetMs from then on. */
  startedAt: number;
  offsetMs: number;
  reports: DeliveryReport[];
  /** Passes that threw (the store went away, …): each a sentence. */
  errors: string[];
}

export async function openTakeOverReplicas(
  databaseUrl: string,
  slackApiUrl: string,
  botToken: string,
): Promise<TakeOverReplica[]> {
  const replicas: TakeOverReplica[] = [];
  for (let i = 0; i < 2; i++) {
    const client = new WebClient(botToken, { slackApiUrl });
    replicas.push({
      store: await openStore(databaseUrl),
      publisher: createSlackPublisher(client, new ChannelPacer(0)),
    });
  }
  return replicas;
}

/** node-cron's '* * * * *' fires at second 0 of each minute: the first such instant strictly after `at`. */
export function nextMinuteTick(at: number): number {
  return (Math.floor(at / 60_000) + 1) * 60_000;
}

/** The first tick at which a claim made at `claimedAt` (ms) and never renewed is stale. */
export function firstTickAfterStale(claimedAt: number): number {
  return nextMinuteTick(claimedAt + STALE_CLAIM_MS);
}

/** One minute tick on every take-over replica at once, their clocks reading `tickAt` as it starts. */
export async function runTick(
  replicas: readonly TakeOverReplica[],
  briefs: readonly Brief[],
  tickAt: number,
): Promise<TickRun> {
  const startedAt = Date.now();
  const offsetMs = tickAt - startedAt;
  const settled = await Promise.allSettled(
    replicas.map((replica) =>
      runSchedulerPass({
        store: replica.store,
        briefs: () => briefs,
        publishers: { slack: replica.publisher },
        // The clock runs on from the tick, so that settle and renew times stay in order.
        clock: { now: () => new Date(Date.now() + offsetMs) },
        // Retries of a transient failure without the real wait, as `digest tick --now` does.
        sleep: async () => {},
      }),
    ),
  );
  const reports: DeliveryReport[] = [];
  const errors: string[] = [];
  for (const [i, result] of settled.entries()) {
    if (result.status === 'fulfilled') reports.push(...result.value);
    else errors.push(`take-over replica ${i + 1}'s pass threw: ${String(result.reason)}`);
  }
  return { tickAt, startedAt, offsetMs, reports, errors };
}

export async function closeTakeOverReplicas(replicas: readonly TakeOverReplica[]): Promise<void> {
  for (const replica of replicas) await replica.store.close();
}

import type { BriefCollection } from '../core/answer/answer.js';
import type { SubscriptionStore } from '../core/digest/subscription-store.js';
import { createConsolePublisher } from '../platforms/console/console-publisher.js';
import { type DeliveryReport, runSchedulerPass } from '../schedule/run-pass.js';
import type { SchedulerOptions } from '../schedule/scheduler-types.js';
import { type CliIo, writeLine } from './cli-io.js';

/** A line of `digest tick` for a due subscription this process cannot post: its platform's adapter can. */
interface WaitingReport extends Omit<DeliveryReport, 'outcome'> {
  outcome: 'needs-adapter';
}

const DUE_LIMIT = 100;

/**
 * One scheduler pass at `now`. Console digests are printed on stdout as text; then one JSON object a line
 * per delivery: {subscriptionId,target,slot,outcome,late,stories:[{id,title}],error?}. Subscriptions on
 * another platform that are due are listed with outcome "needs-adapter" and left for the bot.
 */
export async function tick(
  store: SubscriptionStore,
  briefs: BriefCollection,
  now: Date,
  io: CliIo,
  followedFeeds?: SchedulerOptions['followedFeeds'],
) {
  const due = await store.due(now.toISOString(), DUE_LIMIT);
  const waiting: WaitingReport[] = due
    .filter((s) => s.target.platform !== 'console' && !s.pausedReason)
    .map((s) => ({
      subscriptionId: s.id,
      target: s.target,
      slot: s.nextRunAt,
      outcome: 'needs-adapter',
      late: false,
      stories: [],
      error: `needs the ${s.target.platform} adapter: the bot (npm start) posts it`,
    }));
  const reports = await runSchedulerPass({
    store,
    briefs: () => briefs,
    publishers: { console: createConsolePublisher(io.stdout) },
    clock: { now: () => now },
    ...(followedFeeds ? { followedFeeds } : {}),
  });
  for (const r of [...reports, ...waiting]) {
    const { subscriptionId, target, slot, outcome, late, stories, error } = r;
    const line = { subscriptionId, target, slot, outcome, late, stories, ...(error ? { error } : {}) };
    writeLine(io.stdout, JSON.stringify(line));
  }
  return reports.some((r) => r.outcome === 'failed') ? 1 : 0;
}

import type { Subscription } from '../../digest/subscription.js';
import type { SubscriptionStore } from '../../digest/subscription-store.js';
import { bulletsBlock } from '../../replies/blocks.js';
import type { Reply } from '../../reply.js';
import { describeSchedule, describeTopics, formatInZone } from './digest-format.js';

/** How many ledger rows /digest status looks through for the last error. */
const HISTORY_DEPTH = 20;

/** /digest status: the schedule, the next run in the channel's zone, the last delivery and error, a pause. */
export async function statusReply(store: SubscriptionStore, subscription: Subscription): Promise<Reply> {
  const history = await store.history(subscription.id, HISTORY_DEPTH);
  const last = history[0];
  const lastError = history.find((d) => d.error);
  const zone = subscription.timezone;
  const bullets = [
    `Schedule: ${describeSchedule(subscription)}`,
    `Topics: ${describeTopics(subscription.topics)}`,
    subscription.pausedReason
      ? `Next run: none while paused (was due ${formatInZone(subscription.nextRunAt, zone)})`
      : `Next run: ${formatInZone(subscription.nextRunAt, zone)}`,
    last
      ? `Last delivery: ${formatInZone(last.slot, zone)} — ${last.outcome}${last.late ? ' (late)' : ''}, ${storyCount(last.briefIds.length)}`
      : 'Last delivery: none yet',
    lastError
      ? `Last error: ${lastError.error} (${formatInZone(lastError.settledAt ?? lastError.claimedAt, zone)})`
      : 'Last error: none',
  ];
  if (subscription.pausedReason) bullets.push(`Paused: ${subscription.pausedReason}`);
  return {
    kind: 'list',
    title: 'Digest status',
    blocks: [bulletsBlock(bullets)],
    footer: subscription.pausedReason
      ? 'Fix the channel, then type /digest subscribe again to resume.'
      : `Created by ${subscription.createdBy}. Type /digest preview to see how it looks.`,
    private: true,
  };
}

const storyCount = (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`;

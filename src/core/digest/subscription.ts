import { z } from 'zod';

/**
 * A channel's daily digest: where it goes, when (a cron expression in an IANA time zone), which topics,
 * and the scheduler's own state. Rows from any store are checked with these schemas on the way out.
 */

export const PLATFORMS = ['console', 'slack', 'discord'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Where a digest is posted: PLATFORM:WORKSPACE:CHANNEL on the command line. */
export const TargetSchema = z.object({
  platform: z.enum(PLATFORMS),
  /** Slack workspace (team) id, Discord guild id, or "local" for the console. */
  workspace: z.string().min(1),
  channel: z.string().min(1),
});
export type Target = z.infer<typeof TargetSchema>;

export const SubscriptionSchema = z.object({
  id: z.string().min(1),
  target: TargetSchema,
  /** Five-field cron expression, e.g. "0 8 * * *" for 08:00. */
  cron: z.string().min(1),
  /** IANA time zone the cron expression is read in, e.g. "Europe/Berlin". */
  timezone: z.string().min(1),
  /** Lower-case topics; empty means every story. */
  topics: z.array(z.string().min(1)),
  /** Post "no new stories" when there is nothing new, instead of staying quiet. */
  postWhenEmpty: z.boolean(),
  createdBy: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  /** The next slot to deliver, in UTC. */
  nextRunAt: z.iso.datetime({ offset: true }),
  /** Stories that arrived after this instant are new for this subscription. */
  deliveredThrough: z.iso.datetime({ offset: true }),
  /** Set when the platform said the channel is gone or forbidden: the subscription is paused. */
  pausedReason: z.string().min(1).nullable(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export const DELIVERY_OUTCOMES = ['claimed', 'delivered', 'empty', 'skipped', 'failed'] as const;
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number];

/** One slot of one subscription in the ledger: claimed once, then settled. */
export const DeliverySchema = z.object({
  subscriptionId: z.string().min(1),
  /** The scheduled instant, UTC ISO: with the subscription, the ledger's unique key. */
  slot: z.iso.datetime({ offset: true }),
  outcome: z.enum(DELIVERY_OUTCOMES),
  claimedAt: z.iso.datetime({ offset: true }),
  settledAt: z.iso.datetime({ offset: true }).nullable(),
  attempts: z.number().int().nonnegative(),
  /** The stories it carried, by brief id. */
  briefIds: z.array(z.string()),
  error: z.string().nullable(),
  /** Posted later than its slot (after downtime), and said so. */
  late: z.boolean(),
});
export type Delivery = z.infer<typeof DeliverySchema>;

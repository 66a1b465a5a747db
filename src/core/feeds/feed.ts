import { z } from 'zod';
import { TargetSchema } from '../digest/subscription.js';

/**
 * Feeds a channel subscribes to, and what the poller keeps of each: HTTP validators, failure state and the
 * items already seen. Rows from any store are checked with these schemas on the way out.
 */

export const FEED_STATUSES = ['ok', 'not-modified', 'failed', 'disabled'] as const;
export type FeedStatus = (typeof FEED_STATUSES)[number];

const iso = z.iso.datetime({ offset: true });

export const FeedSchema = z.object({
  /** The feed's URL as the user gave it, normalised (scheme and host lower-cased, fragment dropped). */
  url: z.string().min(1),
  /** The feed's own title once fetched: the source name of its briefs. */
  title: z.string().nullable(),
  /** Validators for a conditional GET. */
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  /** SHA-256 of the last body parsed: an unchanged body is not parsed again. */
  bodyHash: z.string().nullable(),
  createdAt: iso,
  /** When the feed is next due. */
  nextPollAt: iso,
  lastPolledAt: iso.nullable(),
  lastStatus: z.enum(FEED_STATUSES).nullable(),
  /** When the feed last gave an item not seen before. */
  lastNewItemAt: iso.nullable(),
  /** Failures in a row; 0 after a success. */
  failures: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
  /** Set when the feed was disabled (10 failures, 404/410, not a feed): why, in words for a channel. */
  disabledReason: z.string().nullable(),
});
export type Feed = z.infer<typeof FeedSchema>;

/** A feed just subscribed to at `now`: due then, nothing polled yet. */
export function newFeed(url: string, now: string): Feed {
  return {
    url,
    title: null,
    etag: null,
    lastModified: null,
    bodyHash: null,
    createdAt: now,
    nextPollAt: now,
    lastPolledAt: null,
    lastStatus: null,
    lastNewItemAt: null,
    failures: 0,
    lastError: null,
    disabledReason: null,
  };
}

export const FEED_MODES = ['digest', 'instant'] as const;
export type FeedMode = (typeof FEED_MODES)[number];

export const FeedSubscriptionSchema = z.object({
  feedUrl: z.string().min(1),
  target: TargetSchema,
  /** Lower-case words: an item must contain one of them (title or text), when any are given. */
  include: z.array(z.string().min(1)),
  /** Lower-case words: an item containing any of them is left out. */
  exclude: z.array(z.string().min(1)),
  /** 'digest': new items wait for the channel's daily digest; 'instant': also posted as they arrive. */
  mode: z.enum(FEED_MODES),
  createdBy: z.string().min(1),
  createdAt: iso,
  /** Set once the channel has been told the feed was disabled, so it is told only once. */
  disabledNoticeAt: iso.nullable(),
});
export type FeedSubscription = z.infer<typeof FeedSubscriptionSchema>;
export type NewFeedSubscription = Omit<FeedSubscription, 'disabledNoticeAt'>;

/** An item of a feed the poller has seen: its key within the feed, its content hash and its brief. */
export const SeenItemSchema = z.object({
  feedUrl: z.string().min(1),
  /** guid, else the link without tracking parameters, else title + date. */
  key: z.string().min(1),
  contentHash: z.string().min(1),
  briefId: z.string().nullable(),
  firstSeenAt: iso,
});
export type SeenItem = z.infer<typeof SeenItemSchema>;

/** What one poll of a feed changed, recorded in one write that also ends the poll's claim. */
export interface PollRecord {
  status: FeedStatus;
  polledAt: string;
  nextPollAt: string;
  failures: number;
  error: string | null;
  disabledReason: string | null;
  /** Left as stored when undefined. */
  title?: string | null | undefined;
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
  bodyHash?: string | null | undefined;
  newItemAt?: string | undefined;
}

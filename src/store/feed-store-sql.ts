import type { Target } from '../core/digest/subscription.js';
import {
  type Feed,
  FeedSchema,
  type FeedSubscription,
  FeedSubscriptionSchema,
  type NewFeedSubscription,
  type PollRecord,
  type SeenItem,
  SeenItemSchema,
} from '../core/feeds/feed.js';
import { fromJson, fromTime, toUtcIso, validate } from './store-rows.js';

/** A statement and its values, for the statements whose text depends on what is asked. */
export interface Query {
  text: string;
  values: unknown[];
}

/**
 * The FeedStore statements (migration 4), one text for both dialects, which differ only in placeholders
 * (SQLite `?`, PostgreSQL `$1`): each placeholder is used once, so SQLite's `?` line up with the values.
 * Instants are ISO UTC text from the caller (SQLite compares it as text, PostgreSQL as timestamptz).
 */
export function feedStoreSql(placeholder: (index: number) => string) {
  const [p0, p1, p2, p3, p4, p5, p6, p7, p8] = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(placeholder);
  const target = (platform?: string, workspace?: string, channel?: string) =>
    `platform = ${platform} AND workspace = ${workspace} AND channel = ${channel}`;
  return {
    /** (url, createdAt, nextPollAt): the new feed's row, or none when it was there. */
    insertFeed: `INSERT INTO feeds (url, created_at, next_poll_at, failures) VALUES (${p0}, ${p1}, ${p2}, 0)
      ON CONFLICT (url) DO NOTHING RETURNING *`,
    /** (url) */
    feed: `SELECT * FROM feeds WHERE url = ${p0}`,
    feeds: 'SELECT * FROM feeds ORDER BY created_at, url',
    /** (now, limit) */
    due: `SELECT * FROM feeds WHERE disabled_reason IS NULL AND next_poll_at <= ${p0}
      ORDER BY next_poll_at, url LIMIT ${p1}`,
    /** (feedUrl, platform, workspace, channel, include, exclude, mode, createdBy, createdAt) */
    upsertSubscription: `INSERT INTO feed_subscriptions (feed_url, platform, workspace, channel, include,
        exclude, mode, created_by, created_at)
      VALUES (${p0}, ${p1}, ${p2}, ${p3}, ${p4}, ${p5}, ${p6}, ${p7}, ${p8})
      ON CONFLICT (feed_url, platform, workspace, channel) DO UPDATE SET
        include = excluded.include, exclude = excluded.exclude, mode = excluded.mode
      RETURNING *`,
    /** (feedUrl, platform, workspace, channel) */
    deleteSubscription: `DELETE FROM feed_subscriptions WHERE feed_url = ${p0} AND ${target(p1, p2, p3)}`,
    /** (url, url): the feed, when no subscription names it; its items go by ON DELETE CASCADE. */
    deleteUnwatchedFeed: `DELETE FROM feeds WHERE url = ${p0}
      AND NOT EXISTS (SELECT 1 FROM feed_subscriptions WHERE feed_url = ${p1})`,
    /**
     * (leaseUntil, url, now): one UPDATE, so the database decides a race — PostgreSQL re-checks the WHERE
     * on the row a racing claim committed, SQLite runs one writer at a time.
     */
    claimPoll: `UPDATE feeds SET poll_claimed_until = ${p0}
      WHERE url = ${p1} AND (poll_claimed_until IS NULL OR poll_claimed_until <= ${p2})`,
    /** (nextPollAt, url) */
    enableFeed: `UPDATE feeds SET disabled_reason = NULL, failures = 0, next_poll_at = ${p0} WHERE url = ${p1}`,
    /** (feedUrl) */
    clearNotices: `UPDATE feed_subscriptions SET disabled_notice_at = NULL WHERE feed_url = ${p0}`,
    /** (feedUrl, key) */
    seenItem: `SELECT * FROM feed_items WHERE feed_url = ${p0} AND item_key = ${p1}`,
    /** (feedUrl, key, contentHash, briefId, firstSeenAt): one row changed only for the first caller. */
    rememberItem: `INSERT INTO feed_items (feed_url, item_key, content_hash, brief_id, first_seen_at)
      VALUES (${p0}, ${p1}, ${p2}, ${p3}, ${p4}) ON CONFLICT (feed_url, item_key) DO NOTHING`,
    /** (contentHash, briefId, feedUrl, key) */
    updateItem: `UPDATE feed_items SET content_hash = ${p0}, brief_id = ${p1}
      WHERE feed_url = ${p2} AND item_key = ${p3}`,
    /** (at, feedUrl, platform, workspace, channel): one row changed only the first time. */
    markDisabledNotice: `UPDATE feed_subscriptions SET disabled_notice_at = ${p0}
      WHERE feed_url = ${p1} AND ${target(p2, p3, p4)} AND disabled_notice_at IS NULL`,
    subscriptions: (filter: { target?: Target; feedUrl?: string } = {}): Query => {
      const values: unknown[] = [];
      const next = (value: unknown) => placeholder(values.push(value) - 1);
      const where: string[] = [];
      const t = filter.target;
      if (t) where.push(target(next(t.platform), next(t.workspace), next(t.channel)));
      if (filter.feedUrl !== undefined) where.push(`feed_url = ${next(filter.feedUrl)}`);
      const text = `SELECT * FROM feed_subscriptions ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY created_at, feed_url, platform, workspace, channel`;
      return { text, values };
    },
    /** Every field of the record, those left undefined as they were, and the poll's claim released. */
    recordPoll: (url: string, r: PollRecord): Query => {
      const set: [string, unknown][] = [
        ['last_status', r.status],
        ['last_polled_at', toUtcIso(r.polledAt, 'polledAt')],
        ['next_poll_at', toUtcIso(r.nextPollAt, 'nextPollAt')],
        ['failures', r.failures],
        ['last_error', r.error],
        ['disabled_reason', r.disabledReason],
      ];
      if (r.title !== undefined) set.push(['title', r.title]);
      if (r.etag !== undefined) set.push(['etag', r.etag]);
      if (r.lastModified !== undefined) set.push(['last_modified', r.lastModified]);
      if (r.bodyHash !== undefined) set.push(['body_hash', r.bodyHash]);
      if (r.newItemAt !== undefined) set.push(['last_new_item_at', toUtcIso(r.newItemAt, 'newItemAt')]);
      const values = [...set.map(([, value]) => value), url];
      const assignments = set.map(([column], i) => `${column} = ${placeholder(i)}`);
      const text = `UPDATE feeds SET ${assignments.join(', ')}, poll_claimed_until = NULL
        WHERE url = ${placeholder(set.length)}`;
      return { text, values };
    },
  };
}

/** The values of upsertSubscription, instants as ISO UTC and the word lists as JSON. */
export function subscriptionValues(s: NewFeedSubscription): unknown[] {
  const { platform, workspace, channel } = s.target;
  return [
    s.feedUrl,
    platform,
    workspace,
    channel,
    JSON.stringify(s.include),
    JSON.stringify(s.exclude),
    s.mode,
    s.createdBy,
    toUtcIso(s.createdAt, 'createdAt'),
  ];
}

/** The values of markDisabledNotice and deleteSubscription's target, after the leading ones given. */
export const targetValues = (target: Target): string[] => [target.platform, target.workspace, target.channel];

/** A feeds row as both dialects return it (SQLite: text; PostgreSQL: timestamptz as Date). */
export type FeedRow = Record<
  | 'url'
  | 'title'
  | 'etag'
  | 'last_modified'
  | 'body_hash'
  | 'created_at'
  | 'next_poll_at'
  | 'last_polled_at'
  | 'last_status'
  | 'last_new_item_at'
  | 'failures'
  | 'last_error'
  | 'disabled_reason',
  unknown
>;

export type FeedSubscriptionRow = Record<
  | 'feed_url'
  | 'platform'
  | 'workspace'
  | 'channel'
  | 'include'
  | 'exclude'
  | 'mode'
  | 'created_by'
  | 'created_at'
  | 'disabled_notice_at',
  unknown
>;

export type FeedItemRow = Record<
  'feed_url' | 'item_key' | 'content_hash' | 'brief_id' | 'first_seen_at',
  unknown
>;

export function feedFromRow(row: FeedRow): Feed {
  const f = validate(
    FeedSchema,
    {
      url: row.url,
      title: row.title,
      etag: row.etag,
      lastModified: row.last_modified,
      bodyHash: row.body_hash,
      createdAt: fromTime(row.created_at),
      nextPollAt: fromTime(row.next_poll_at),
      lastPolledAt: fromTime(row.last_polled_at),
      lastStatus: row.last_status,
      lastNewItemAt: fromTime(row.last_new_item_at),
      failures: row.failures,
      lastError: row.last_error,
      disabledReason: row.disabled_reason,
    },
    `feeds (${String(row.url)})`,
  );
  return {
    ...f,
    createdAt: toUtcIso(f.createdAt),
    nextPollAt: toUtcIso(f.nextPollAt),
    lastPolledAt: utcOrNull(f.lastPolledAt),
    lastNewItemAt: utcOrNull(f.lastNewItemAt),
  };
}

export function feedSubscriptionFromRow(row: FeedSubscriptionRow): FeedSubscription {
  const table = `feed_subscriptions (${String(row.feed_url)} → ${String(row.platform)}:${String(row.workspace)}:${String(row.channel)})`;
  const s = validate(
    FeedSubscriptionSchema,
    {
      feedUrl: row.feed_url,
      target: { platform: row.platform, workspace: row.workspace, channel: row.channel },
      include: fromJson(row.include, table, 'include'),
      exclude: fromJson(row.exclude, table, 'exclude'),
      mode: row.mode,
      createdBy: row.created_by,
      createdAt: fromTime(row.created_at),
      disabledNoticeAt: fromTime(row.disabled_notice_at),
    },
    table,
  );
  return { ...s, createdAt: toUtcIso(s.createdAt), disabledNoticeAt: utcOrNull(s.disabledNoticeAt) };
}

export function seenItemFromRow(row: FeedItemRow): SeenItem {
  const item = validate(
    SeenItemSchema,
    {
      feedUrl: row.feed_url,
      key: row.item_key,
      contentHash: row.content_hash,
      briefId: row.brief_id,
      firstSeenAt: fromTime(row.first_seen_at),
    },
    `feed_items (${String(row.feed_url)} · ${String(row.item_key)})`,
  );
  return { ...item, firstSeenAt: toUtcIso(item.firstSeenAt) };
}

function utcOrNull(value: string | null): string | null {
  return value === null ? null : toUtcIso(value);
}

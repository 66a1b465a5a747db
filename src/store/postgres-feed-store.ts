import type pg from 'pg';
import type { Target } from '../core/digest/subscription.js';
import type {
  Feed,
  FeedSubscription,
  NewFeedSubscription,
  PollRecord,
  SeenItem,
} from '../core/feeds/feed.js';
import type { FeedStore } from '../core/feeds/feed-store.js';
import {
  type FeedItemRow,
  type FeedRow,
  type FeedSubscriptionRow,
  feedFromRow,
  feedStoreSql,
  feedSubscriptionFromRow,
  seenItemFromRow,
  subscriptionValues,
  targetValues,
} from './feed-store-sql.js';
import { toUtcIso } from './store-rows.js';

const SQL = feedStoreSql((i) => `$${i + 1}`);

/**
 * Row locks that keep subscribe and unsubscribe apart: a subscribe holds its feed (KEY SHARE, which polls'
 * updates do not wait for) until it commits, so an unsubscribe ending the last other subscription (FOR
 * UPDATE) cannot delete the feed, and cascade away the new subscription, in between.
 */
const HOLD_FEED = 'SELECT * FROM feeds WHERE url = $1 FOR KEY SHARE';
const LOCK_FEED = 'SELECT url FROM feeds WHERE url = $1 FOR UPDATE';

/**
 * The FeedStore on the PostgresStore's pool (PostgresStore.feedStore), shared by every replica on the
 * database. claimPoll, rememberItem and markDisabledNotice are one statement each: of two replicas racing,
 * the second waits for the first's row and then finds its condition false.
 */
export class PostgresFeedStore implements FeedStore {
  constructor(private readonly pool: pg.Pool) {}

  async subscribe(s: NewFeedSubscription, now: string) {
    const at = toUtcIso(now, 'now');
    const values = subscriptionValues(s);
    return this.transaction(async (client) => {
      // A feed deleted between the INSERT that found it and the lock is inserted again.
      for (let attempt = 1; attempt <= 3; attempt++) {
        const inserted = await client.query<FeedRow>(SQL.insertFeed, [s.feedUrl, at, at]);
        const feed = inserted.rows[0] ?? (await client.query<FeedRow>(HOLD_FEED, [s.feedUrl])).rows[0];
        if (!feed) continue;
        const { rows } = await client.query<FeedSubscriptionRow>(SQL.upsertSubscription, values);
        return {
          feed: feedFromRow(feed),
          subscription: feedSubscriptionFromRow(first(rows)),
          created: inserted.rows[0] !== undefined,
        };
      }
      throw new Error(`feed ${s.feedUrl} was deleted three times while subscribing to it`);
    });
  }

  async unsubscribe(target: Target, feedUrl: string): Promise<boolean> {
    return this.transaction(async (client) => {
      if ((await client.query(LOCK_FEED, [feedUrl])).rowCount === 0) return false;
      const removed = await client.query(SQL.deleteSubscription, [feedUrl, ...targetValues(target)]);
      if (removed.rowCount === 0) return false;
      await client.query(SQL.deleteUnwatchedFeed, [feedUrl, feedUrl]);
      return true;
    });
  }

  async subscriptions(filter: { target?: Target; feedUrl?: string } = {}): Promise<FeedSubscription[]> {
    const { text, values } = SQL.subscriptions(filter);
    return (await this.rows<FeedSubscriptionRow>(text, values)).map(feedSubscriptionFromRow);
  }

  async feed(url: string): Promise<Feed | null> {
    const [row] = await this.rows<FeedRow>(SQL.feed, [url]);
    return row ? feedFromRow(row) : null;
  }

  async feeds(): Promise<Feed[]> {
    return (await this.rows<FeedRow>(SQL.feeds, [])).map(feedFromRow);
  }

  async due(now: string, limit: number): Promise<Feed[]> {
    const values = [toUtcIso(now, 'now'), Math.max(0, Math.floor(limit))];
    return (await this.rows<FeedRow>(SQL.due, values)).map(feedFromRow);
  }

  async claimPoll(url: string, now: string, leaseUntil: string): Promise<boolean> {
    const values = [toUtcIso(leaseUntil, 'leaseUntil'), url, toUtcIso(now, 'now')];
    return (await this.pool.query(SQL.claimPoll, values)).rowCount === 1;
  }

  async recordPoll(url: string, record: PollRecord): Promise<void> {
    const { text, values } = SQL.recordPoll(url, record);
    await this.pool.query(text, values);
  }

  async enable(url: string, nextPollAt: string): Promise<boolean> {
    const next = toUtcIso(nextPollAt, 'nextPollAt');
    return this.transaction(async (client) => {
      if ((await client.query(SQL.enableFeed, [next, url])).rowCount === 0) return false;
      await client.query(SQL.clearNotices, [url]);
      return true;
    });
  }

  async seenItem(feedUrl: string, key: string): Promise<SeenItem | null> {
    const [row] = await this.rows<FeedItemRow>(SQL.seenItem, [feedUrl, key]);
    return row ? seenItemFromRow(row) : null;
  }

  async rememberItem(item: SeenItem): Promise<boolean> {
    const firstSeenAt = toUtcIso(item.firstSeenAt, 'firstSeenAt');
    const values = [item.feedUrl, item.key, item.contentHash, item.briefId, firstSeenAt];
    return (await this.pool.query(SQL.rememberItem, values)).rowCount === 1;
  }

  async updateItem(feedUrl: string, key: string, contentHash: string, briefId: string | null) {
    await this.pool.query(SQL.updateItem, [contentHash, briefId, feedUrl, key]);
  }

  async markDisabledNotice(target: Target, feedUrl: string, at: string): Promise<boolean> {
    const values = [toUtcIso(at, 'at'), feedUrl, ...targetValues(target)];
    return (await this.pool.query(SQL.markDisabledNotice, values)).rowCount === 1;
  }

  private async rows<R extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<R[]> {
    return (await this.pool.query<R>(sql, values)).rows;
  }

  /** Runs `work` in one transaction on one client: committed when it returns, rolled back when it throws. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}

function first<R>(rows: R[]): R {
  const row = rows[0];
  if (!row) throw new Error('the database returned no row where one was expected');
  return row;
}

import type Database from 'better-sqlite3';
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

const SQL = feedStoreSql(() => '?');

/**
 * The FeedStore on the SqliteStore's connection (SqliteStore.feedStore), shared by every process opening
 * the file. SQLite runs one writer at a time, so each claim and each first sighting is decided once; the
 * statements that go together run in one immediate transaction.
 */
export class SqliteFeedStore implements FeedStore {
  /**
   * @param statement the SqliteStore's own cache of prepared statements (each SQL text prepared once per
   *   connection, whichever part of the store runs it).
   */
  constructor(
    private readonly db: Database.Database,
    private readonly statement: (sql: string) => Database.Statement,
  ) {}

  async subscribe(s: NewFeedSubscription, now: string) {
    const at = toUtcIso(now, 'now');
    return this.db
      .transaction(() => {
        const inserted = this.statement(SQL.insertFeed).get(s.feedUrl, at, at) as FeedRow | undefined;
        const feed = inserted ?? (this.statement(SQL.feed).get(s.feedUrl) as FeedRow);
        const row = this.statement(SQL.upsertSubscription).get(...subscriptionValues(s));
        return {
          feed: feedFromRow(feed),
          subscription: feedSubscriptionFromRow(row as FeedSubscriptionRow),
          created: inserted !== undefined,
        };
      })
      .immediate();
  }

  async unsubscribe(target: Target, feedUrl: string): Promise<boolean> {
    return this.db
      .transaction(() => {
        const removed = this.statement(SQL.deleteSubscription).run(feedUrl, ...targetValues(target));
        if (removed.changes === 0) return false;
        this.statement(SQL.deleteUnwatchedFeed).run(feedUrl, feedUrl);
        return true;
      })
      .immediate();
  }

  async subscriptions(filter: { target?: Target; feedUrl?: string } = {}): Promise<FeedSubscription[]> {
    const { text, values } = SQL.subscriptions(filter);
    return (this.statement(text).all(...values) as FeedSubscriptionRow[]).map(feedSubscriptionFromRow);
  }

  async feed(url: string): Promise<Feed | null> {
    const row = this.statement(SQL.feed).get(url) as FeedRow | undefined;
    return row ? feedFromRow(row) : null;
  }

  async feeds(): Promise<Feed[]> {
    return (this.statement(SQL.feeds).all() as FeedRow[]).map(feedFromRow);
  }

  async due(now: string, limit: number): Promise<Feed[]> {
    const rows = this.statement(SQL.due).all(toUtcIso(now, 'now'), Math.max(0, Math.floor(limit)));
    return (rows as FeedRow[]).map(feedFromRow);
  }

  async claimPoll(url: string, now: string, leaseUntil: string): Promise<boolean> {
    const lease = toUtcIso(leaseUntil, 'leaseUntil');
    return this.statement(SQL.claimPoll).run(lease, url, toUtcIso(now, 'now')).changes === 1;
  }

  async recordPoll(url: string, record: PollRecord): Promise<void> {
    const { text, values } = SQL.recordPoll(url, record);
    this.statement(text).run(...values);
  }

  async enable(url: string, nextPollAt: string): Promise<boolean> {
    const next = toUtcIso(nextPollAt, 'nextPollAt');
    return this.db
      .transaction(() => {
        if (this.statement(SQL.enableFeed).run(next, url).changes === 0) return false;
        this.statement(SQL.clearNotices).run(url);
        return true;
      })
      .immediate();
  }

  async seenItem(feedUrl: string, key: string): Promise<SeenItem | null> {
    const row = this.statement(SQL.seenItem).get(feedUrl, key) as FeedItemRow | undefined;
    return row ? seenItemFromRow(row) : null;
  }

  async rememberItem(item: SeenItem): Promise<boolean> {
    const firstSeenAt = toUtcIso(item.firstSeenAt, 'firstSeenAt');
    const values = [item.feedUrl, item.key, item.contentHash, item.briefId, firstSeenAt];
    return this.statement(SQL.rememberItem).run(...values).changes === 1;
  }

  async updateItem(feedUrl: string, key: string, contentHash: string, briefId: string | null) {
    this.statement(SQL.updateItem).run(contentHash, briefId, feedUrl, key);
  }

  async markDisabledNotice(target: Target, feedUrl: string, at: string): Promise<boolean> {
    const values = [toUtcIso(at, 'at'), feedUrl, ...targetValues(target)];
    return this.statement(SQL.markDisabledNotice).run(...values).changes === 1;
  }
}

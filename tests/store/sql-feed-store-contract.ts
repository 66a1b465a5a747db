import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedStoreFor } from '../../src/store/feed-store-for.js';
import { MIGRATIONS_TABLE_SQL } from '../../src/store/migrations.js';
import type { Store } from '../../src/store/open-store.js';
import { at, FEED, feedSubscription, OTHER, okPoll, saved, T0 } from './feed-store-contract.js';
import { click, type SqlDatabase, type SqlDatabaseSubject } from './feedback-contract.js';
import { target } from './store-contract.js';

/** What SQL stores promise beyond the interface: feeds last, old databases upgrade, rows are checked. */
export function sqlFeedStoreContract(subject: SqlDatabaseSubject): void {
  describe(`SQL store feeds: ${subject.name}`, () => {
    let db: SqlDatabase;
    const open: Store[] = [];
    const openFeeds = async () => {
      const store = await db.open();
      open.push(store);
      return { store, feeds: feedStoreFor(store) };
    };

    beforeEach(async () => {
      db = await subject.create();
    });

    afterEach(async () => {
      for (const store of open.splice(0)) await store.close();
      await db.dispose();
    });

    it('keeps feeds, subscriptions and seen items after the store is closed and opened again', async () => {
      const first = await openFeeds();
      await first.feeds.subscribe(feedSubscription('C1'), T0);
      await first.feeds.recordPoll(FEED, okPoll);
      const item = { feedUrl: FEED, key: 'guid-1', contentHash: 'h1', briefId: 'b1', firstSeenAt: at(1) };
      await first.feeds.rememberItem(item);
      const feed = await first.feeds.feed(FEED);
      await first.store.close();
      const { feeds } = await openFeeds();
      expect(await feeds.feed(FEED)).toEqual(feed);
      expect(await feeds.subscriptions()).toEqual([saved(feedSubscription('C1'))]);
      expect(await feeds.rememberItem(item)).toBe(false);
      expect(await feeds.seenItem(FEED, 'guid-1')).toEqual(item);
    });

    it('deletes the rows of a feed nobody follows any more', async () => {
      const { feeds } = await openFeeds();
      await feeds.subscribe(feedSubscription('C1'), T0);
      await feeds.subscribe(feedSubscription('C1', { feedUrl: OTHER }), T0);
      await feeds.rememberItem({
        feedUrl: FEED,
        key: 'k1',
        contentHash: 'h',
        briefId: null,
        firstSeenAt: T0,
      });
      await feeds.rememberItem({
        feedUrl: OTHER,
        key: 'k2',
        contentHash: 'h',
        briefId: null,
        firstSeenAt: T0,
      });
      await feeds.unsubscribe(target('C1'), FEED);
      expect(await db.rows('SELECT url FROM feeds')).toEqual([{ url: OTHER }]);
      expect(await db.rows('SELECT feed_url FROM feed_subscriptions')).toEqual([{ feed_url: OTHER }]);
      expect(await db.rows('SELECT item_key FROM feed_items')).toEqual([{ item_key: 'k2' }]);
    });

    it('upgrades a database made at version 3, keeping its feedback', async () => {
      const older = subject.migrations.filter((m) => m.version <= 3);
      expect(older.map((m) => m.version)).toEqual([1, 2, 3]);
      await db.sql(`${MIGRATIONS_TABLE_SQL};
        ${older.map((m) => m.sql).join('\n')}
        ${older.map((m) => `INSERT INTO schema_migrations (version, name, applied_at) VALUES (${m.version}, '${m.name}', '2025-01-01T00:00:00.000Z');`).join('\n')}
        INSERT INTO feedback VALUES ('slack', 'T1', 'C1', '1740816000.000100', 'U1', 'down', 'answer',
          '2025-03-01-harbour-bridge', 3, 'When does the bridge reopen?', '2025-03-01T08:00:00.000Z');`);
      const { store, feeds } = await openFeeds();
      expect(await store.recentFeedback({ limit: 10 })).toEqual([click()]);
      expect((await feeds.subscribe(feedSubscription('C1'), T0)).created).toBe(true);
      expect(await db.rows('SELECT version, name FROM schema_migrations ORDER BY version')).toEqual(
        subject.migrations.map((m) => ({ version: m.version, name: m.name })),
      );
      expect(subject.migrations.find((m) => m.version === 4)).toMatchObject({ name: 'feeds' });
    });

    it.each([
      ['a feed with an unknown status', `UPDATE feeds SET last_status = 'sideways'`, /feeds \(.*lastStatus/],
      ['a feed with negative failures', 'UPDATE feeds SET failures = -1', /feeds \(.*failures/],
      [
        'a subscription on an unknown platform',
        `UPDATE feed_subscriptions SET platform = 'irc'`,
        /feed_subscriptions \(.*platform/,
      ],
      [
        'a subscription with an unknown mode',
        `UPDATE feed_subscriptions SET mode = 'loud'`,
        /feed_subscriptions \(.*mode/,
      ],
      [
        'a subscription whose include is not JSON',
        `UPDATE feed_subscriptions SET include = '"x"'`,
        /feed_subscriptions \(.*include/,
      ],
      ['an item with an empty hash', `UPDATE feed_items SET content_hash = ''`, /feed_items \(.*contentHash/],
    ])('rejects %s, naming the table and the field', async (_label, corruption, message) => {
      const { feeds } = await openFeeds();
      await feeds.subscribe(feedSubscription('C1'), T0);
      await feeds.rememberItem({
        feedUrl: FEED,
        key: 'k1',
        contentHash: 'h',
        briefId: null,
        firstSeenAt: T0,
      });
      await db.sql(corruption);
      const reads = [feeds.feeds(), feeds.subscriptions(), feeds.seenItem(FEED, 'k1')];
      const errors = (
        await Promise.all(
          reads.map((r) =>
            r.then(
              () => null,
              (e: unknown) => e,
            ),
          ),
        )
      ).filter(Boolean);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ code: 'STORED_ROW_INVALID' });
      expect((errors[0] as Error).message).toMatch(message);
    });
  });
}

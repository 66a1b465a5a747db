import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type Feed,
  type FeedSubscription,
  type NewFeedSubscription,
  newFeed,
  type PollRecord,
} from '../../src/core/feeds/feed.js';
import type { FeedStore } from '../../src/core/feeds/feed-store.js';
import { MemoryFeedStore } from '../../src/core/feeds/memory-feed-store.js';
import { feedStoreFor } from '../../src/store/feed-store-for.js';
import { MIGRATIONS_TABLE_SQL } from '../../src/store/migrations.js';
import type { Store } from '../../src/store/open-store.js';
import { click, type SqlDatabase, type SqlDatabaseSubject } from './feedback-contract.js';
import { target } from './store-contract.js';

const T0 = '2025-03-01T08:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const FEED = 'https://example.org/news/feed.xml';
const OTHER = 'https://example.com/rss';

/** C1 subscribing to FEED at T0 for items about bridges, not sport; the overrides say what differs. */
export function feedSubscription(
  channel: string,
  overrides: Partial<NewFeedSubscription> = {},
): NewFeedSubscription {
  return {
    feedUrl: FEED,
    target: target(channel),
    include: ['bridge', 'tram'],
    exclude: ['sport'],
    mode: 'digest',
    createdBy: 'U1',
    createdAt: T0,
    ...overrides,
  };
}

const saved = (s: NewFeedSubscription): FeedSubscription => ({ ...s, disabledNoticeAt: null });

const okPoll: PollRecord = {
  status: 'ok',
  polledAt: at(1),
  nextPollAt: at(31),
  failures: 0,
  error: null,
  disabledReason: null,
  title: 'Harbour News',
  etag: '"v1"',
  lastModified: 'Sat, 01 Mar 2025 08:00:00 GMT',
  bodyHash: 'sha-1',
  newItemAt: at(1),
};

const disabledPoll: PollRecord = {
  status: 'disabled',
  polledAt: at(2),
  nextPollAt: at(62),
  failures: 10,
  error: 'HTTP 503',
  disabledReason: 'the feed failed 10 times in a row',
};

/** One database (for memory: one process's memory) that a test may open a FeedStore on repeatedly. */
export interface FeedStoreDatabase {
  /** A FeedStore on it: for a SQL store a new store (its own connection) each call; for memory the one. */
  open(): Promise<FeedStore>;
  /** Closes whatever open opened and removes the database. */
  dispose(): Promise<void>;
}

export interface FeedStoreSubject {
  name: string;
  /** A new, empty database. */
  create(): Promise<FeedStoreDatabase>;
}

/** The FeedStore of a SQL store, reached the way the bot reaches it: feedStoreFor(store). */
export function feedStoreOn(subject: SqlDatabaseSubject): FeedStoreSubject {
  return {
    name: subject.name,
    async create() {
      const db = await subject.create();
      const stores: Store[] = [];
      return {
        async open() {
          const store = await db.open();
          stores.push(store);
          const feeds = feedStoreFor(store);
          if (feeds instanceof MemoryFeedStore) throw new Error(`${subject.name} keeps no feeds of its own`);
          return feeds;
        },
        async dispose() {
          for (const store of stores.splice(0)) await store.close();
          await db.dispose();
        },
      };
    },
  };
}

/** The behaviour every FeedStore promises (core/feeds/feed-store.ts), checked on one implementation. */
export function feedStoreContract(subject: FeedStoreSubject): void {
  describe(`FeedStore contract: ${subject.name}`, () => {
    let db: FeedStoreDatabase;
    let feeds: FeedStore;

    beforeEach(async () => {
      db = await subject.create();
      feeds = await db.open();
    });

    afterEach(async () => {
      await db?.dispose();
    });

    it('knows no feed at first, and changes nothing when asked about one', async () => {
      expect(await feeds.feeds()).toEqual([]);
      expect(await feeds.subscriptions()).toEqual([]);
      expect(await feeds.feed(FEED)).toBeNull();
      expect(await feeds.due(at(60), 10)).toEqual([]);
      expect(await feeds.seenItem(FEED, 'guid-1')).toBeNull();
      expect(await feeds.unsubscribe(target('C1'), FEED)).toBe(false);
      expect(await feeds.claimPoll(FEED, T0, at(5))).toBe(false);
      expect(await feeds.enable(FEED, T0)).toBe(false);
      expect(await feeds.markDisabledNotice(target('C1'), FEED, T0)).toBe(false);
      await feeds.recordPoll(FEED, okPoll);
      await feeds.updateItem(FEED, 'guid-1', 'h2', null);
      expect(await feeds.feeds()).toEqual([]);
    });

    it('creates a new feed on the first subscription, due at once with nothing known yet', async () => {
      const s = feedSubscription('C1');
      const result = await feeds.subscribe(s, at(5));
      expect(result).toEqual({ feed: newFeed(FEED, at(5)), subscription: saved(s), created: true });
      expect(await feeds.feed(FEED)).toEqual(newFeed(FEED, at(5)));
      expect(await feeds.subscriptions()).toEqual([saved(s)]);
      expect(await feeds.due(at(5), 10)).toEqual([newFeed(FEED, at(5))]);
      expect(await feeds.due(at(4), 10)).toEqual([]);
    });

    it('lets a second channel join a feed as it is, and lists both', async () => {
      await feeds.subscribe(feedSubscription('C1'), T0);
      await feeds.recordPoll(FEED, okPoll);
      const polled = await feeds.feed(FEED);
      const c2 = feedSubscription('C2', { mode: 'instant', include: [], createdAt: at(10) });
      const result = await feeds.subscribe(c2, at(10));
      expect(result).toEqual({ feed: polled, subscription: saved(c2), created: false });
      expect(polled).toMatchObject({ title: 'Harbour News', createdAt: T0, nextPollAt: at(31) });
      expect(await feeds.subscriptions({ feedUrl: FEED })).toEqual([
        saved(feedSubscription('C1')),
        saved(c2),
      ]);
    });

    it("replaces a channel's filters and mode when it subscribes again, keeping one subscription", async () => {
      await feeds.subscribe(feedSubscription('C1'), T0);
      const again = feedSubscription('C1', {
        include: [],
        exclude: ['football', 'cricket'],
        mode: 'instant',
        createdBy: 'U2',
        createdAt: at(60),
      });
      const result = await feeds.subscribe(again, at(60));
      const expected = saved(
        feedSubscription('C1', { include: [], exclude: ['football', 'cricket'], mode: 'instant' }),
      );
      expect(result).toEqual({ feed: newFeed(FEED, T0), subscription: expected, created: false });
      expect(await feeds.subscriptions()).toEqual([expected]);
    });

    it('keeps a feed while a channel follows it, and forgets it with its items after the last one leaves', async () => {
      await feeds.subscribe(feedSubscription('C1'), T0);
      await feeds.subscribe(feedSubscription('C2'), T0);
      await feeds.recordPoll(FEED, okPoll);
      const item = { feedUrl: FEED, key: 'guid-1', contentHash: 'h1', briefId: 'b1', firstSeenAt: at(1) };
      expect(await feeds.rememberItem(item)).toBe(true);

      expect(await feeds.unsubscribe(target('C1'), FEED)).toBe(true);
      expect(await feeds.unsubscribe(target('C1'), FEED)).toBe(false);
      expect(await feeds.feed(FEED)).toMatchObject({ title: 'Harbour News' });
      expect(await feeds.seenItem(FEED, 'guid-1')).toEqual(item);

      expect(await feeds.unsubscribe(target('C2'), FEED)).toBe(true);
      expect(await feeds.feed(FEED)).toBeNull();
      expect(await feeds.feeds()).toEqual([]);
      expect(await feeds.subscriptions()).toEqual([]);
      expect(await feeds.seenItem(FEED, 'guid-1')).toBeNull();

      // Added again later, it starts afresh: due at once, and its old items count as new.
      const again = await feeds.subscribe(feedSubscription('C1', { createdAt: at(90) }), at(90));
      expect(again).toMatchObject({ feed: newFeed(FEED, at(90)), created: true });
      expect(await feeds.rememberItem({ ...item, firstSeenAt: at(91) })).toBe(true);
    });

    it('refuses to remember an item of a feed nobody follows', async () => {
      const item = { feedUrl: FEED, key: 'guid-1', contentHash: 'h1', briefId: null, firstSeenAt: T0 };
      await expect(feeds.rememberItem(item)).rejects.toThrow();
      expect(await feeds.seenItem(FEED, 'guid-1')).toBeNull();
    });

    it("lists a channel's subscriptions, a feed's, or all, oldest first", async () => {
      const a = feedSubscription('C1', { createdAt: at(20) });
      const b = feedSubscription('C2', { createdAt: at(10) });
      const c = feedSubscription('C1', { feedUrl: OTHER, createdAt: at(0) });
      const d = feedSubscription('C1', { target: target('C1', 'T2'), createdAt: at(5) });
      for (const s of [a, b, c, d]) await feeds.subscribe(s, T0);
      expect(await feeds.subscriptions()).toEqual([c, d, b, a].map(saved));
      expect(await feeds.subscriptions({ target: target('C1') })).toEqual([c, a].map(saved));
      expect(await feeds.subscriptions({ feedUrl: FEED })).toEqual([d, b, a].map(saved));
      expect(await feeds.subscriptions({ target: target('C1'), feedUrl: FEED })).toEqual([saved(a)]);
      expect(await feeds.subscriptions({ target: target('C1', 'T1', 'discord') })).toEqual([]);
      expect((await feeds.feeds()).map((f) => f.url)).toEqual([FEED, OTHER].sort());
    });

    it('lists every feed oldest first', async () => {
      await feeds.subscribe(feedSubscription('C1', { feedUrl: 'https://b.example/feed' }), at(2));
      await feeds.subscribe(feedSubscription('C1', { feedUrl: 'https://c.example/feed' }), at(1));
      await feeds.subscribe(feedSubscription('C1', { feedUrl: 'https://a.example/feed' }), at(3));
      expect((await feeds.feeds()).map((f) => f.url)).toEqual([
        'https://c.example/feed',
        'https://b.example/feed',
        'https://a.example/feed',
      ]);
    });

    it('gives the feeds due, soonest first and at most limit, leaving out disabled ones', async () => {
      const urls = ['https://a.example/feed', 'https://b.example/feed', 'https://c.example/feed', OTHER];
      for (const url of urls) await feeds.subscribe(feedSubscription('C1', { feedUrl: url }), T0);
      const next = { ...okPoll, polledAt: T0 };
      await feeds.recordPoll(urls[0] as string, { ...next, nextPollAt: at(30) });
      await feeds.recordPoll(urls[1] as string, { ...next, nextPollAt: at(10) });
      await feeds.recordPoll(urls[2] as string, { ...next, nextPollAt: at(20) });
      await feeds.recordPoll(OTHER, { ...disabledPoll, nextPollAt: at(5) });
      const due = async (now: string, limit: number) => (await feeds.due(now, limit)).map((f) => f.url);
      expect(await due(at(9), 10)).toEqual([]);
      expect(await due(at(10), 10)).toEqual([urls[1]]);
      expect(await due(at(60), 10)).toEqual([urls[1], urls[2], urls[0]]);
      expect(await due(at(60), 2)).toEqual([urls[1], urls[2]]);
      expect(await due(at(60), 0)).toEqual([]);
    });

    it('lets one caller claim a poll until its lease ends, or until it records the poll', async () => {
      await feeds.subscribe(feedSubscription('C1'), T0);
      expect(await feeds.claimPoll(FEED, T0, at(5))).toBe(true);
      expect(await feeds.claimPoll(FEED, T0, at(5))).toBe(false);
      expect(await feeds.claimPoll(FEED, at(4), at(9))).toBe(false);
      // At the lease's end another caller may claim it: the first is taken to have died.
      expect(await feeds.claimPoll(FEED, at(5), at(10))).toBe(true);
      expect(await feeds.claimPoll(FEED, at(6), at(11))).toBe(false);
      await feeds.recordPoll(FEED, okPoll);
      expect(await feeds.claimPoll(FEED, at(7), at(12))).toBe(true);
    });

    it('lets exactly one of two store objects win each claim, item and notice when they race', async () => {
      const other = await db.open();
      const urls = Array.from({ length: 12 }, (_, i) => `https://race.example/${i}.xml`);
      for (const url of urls) await feeds.subscribe(feedSubscription('C1', { feedUrl: url }), T0);
      const race = (attempt: (store: FeedStore, url: string) => Promise<boolean>) =>
        Promise.all(
          urls.map(async (url) => {
            const wins = await Promise.all([feeds, other, feeds, other].map((s) => attempt(s, url)));
            return wins.filter(Boolean).length;
          }),
        );
      const once = urls.map(() => 1);
      expect(await race((s, url) => s.claimPoll(url, T0, at(5)))).toEqual(once);
      expect(await race((s, url) => s.claimPoll(url, at(4), at(9)))).toEqual(urls.map(() => 0));
      expect(await race((s, url) => s.claimPoll(url, at(5), at(10)))).toEqual(once);
      const item = (url: string) => ({
        feedUrl: url,
        key: 'guid-1',
        contentHash: 'h',
        briefId: null,
        firstSeenAt: T0,
      });
      expect(await race((s, url) => s.rememberItem(item(url)))).toEqual(once);
      expect(await race((s, url) => s.markDisabledNotice(target('C1'), url, T0))).toEqual(once);
    });

    it('keeps a channel subscribing while the last other one leaves, and the feed with it', async () => {
      const other = await db.open();
      for (let round = 0; round < 10; round++) {
        await feeds.subscribe(feedSubscription('C1'), T0);
        const [left, joined] = await Promise.all([
          feeds.unsubscribe(target('C1'), FEED),
          other.subscribe(feedSubscription('C2'), T0),
        ]);
        expect(left).toBe(true);
        expect(joined.subscription).toEqual(saved(feedSubscription('C2')));
        expect(await feeds.subscriptions({ feedUrl: FEED })).toEqual([saved(feedSubscription('C2'))]);
        expect(await feeds.feed(FEED)).not.toBeNull();
        expect(await other.unsubscribe(target('C2'), FEED)).toBe(true);
        expect(await feeds.feed(FEED)).toBeNull();
      }
    });

    it('records every field of a poll, leaving the validators it was not given as they were', async () => {
      await feeds.subscribe(feedSubscription('C1'), T0);
      await feeds.recordPoll(FEED, okPoll);
      const afterOk: Feed = {
        ...newFeed(FEED, T0),
        title: 'Harbour News',
        etag: '"v1"',
        lastModified: 'Sat, 01 Mar 2025 08:00:00 GMT',
        bodyHash: 'sha-1',
        nextPollAt: at(31),
        lastPolledAt: at(1),
        lastStatus: 'ok',
        lastNewItemAt: at(1),
      };
      expect(await feeds.feed(FEED)).toEqual(afterOk);

      const notModified: PollRecord = {
        status: 'not-modified',
        polledAt: at(31),
        nextPollAt: at(61),
        failures: 0,
        error: null,
        disabledReason: null,
      };
      await feeds.recordPoll(FEED, notModified);
      const afterNotModified = {
        ...afterOk,
        lastStatus: 'not-modified',
        lastPolledAt: at(31),
        nextPollAt: at(61),
      };
      expect(await feeds.feed(FEED)).toEqual(afterNotModified);

      await feeds.recordPoll(FEED, {
        status: 'failed',
        polledAt: at(61),
        nextPollAt: at(91),
        failures: 1,
        error: 'HTTP 500',
        disabledReason: null,
        etag: null,
        title: undefined,
        lastModified: 'Sun, 02 Mar 2025 08:00:00 GMT',
        bodyHash: 'sha-2',
      });
      expect(await feeds.feed(FEED)).toEqual({
        ...afterNotModified,
        lastStatus: 'failed',
        lastPolledAt: at(61),
        nextPollAt: at(91),
        failures: 1,
        lastError: 'HTTP 500',
        etag: null,
        lastModified: 'Sun, 02 Mar 2025 08:00:00 GMT',
        bodyHash: 'sha-2',
      });
    });

    it('takes a disabled feed out of the polls until it is enabled, telling each channel once', async () => {
      await feeds.subscribe(feedSubscription('C1'), T0);
      await feeds.subscribe(feedSubscription('C2'), T0);
      await feeds.recordPoll(FEED, disabledPoll);
      expect(await feeds.feed(FEED)).toMatchObject({
        lastStatus: 'disabled',
        failures: 10,
        disabledReason: 'the feed failed 10 times in a row',
      });
      expect(await feeds.due(at(600), 10)).toEqual([]);
      expect(await feeds.markDisabledNotice(target('C1'), FEED, at(3))).toBe(true);
      expect(await feeds.markDisabledNotice(target('C1'), FEED, at(4))).toBe(false);
      expect(await feeds.markDisabledNotice(target('C3'), FEED, at(4))).toBe(false);
      const notices = async () =>
        (await feeds.subscriptions({ feedUrl: FEED })).map((s) => s.disabledNoticeAt);
      expect(await notices()).toEqual([at(3), null]);

      expect(await feeds.enable(FEED, at(100))).toBe(true);
      expect(await feeds.feed(FEED)).toMatchObject({
        failures: 0,
        disabledReason: null,
        nextPollAt: at(100),
      });
      expect(await notices()).toEqual([null, null]);
      expect((await feeds.due(at(100), 10)).map((f) => f.url)).toEqual([FEED]);
      expect(await feeds.due(at(99), 10)).toEqual([]);
      expect(await feeds.markDisabledNotice(target('C1'), FEED, at(200))).toBe(true);
      expect(await notices()).toEqual([at(200), null]);
    });

    it('remembers an item for its first caller only, and updates its hash and brief', async () => {
      await feeds.subscribe(feedSubscription('C1'), T0);
      await feeds.subscribe(feedSubscription('C1', { feedUrl: OTHER }), T0);
      const item = {
        feedUrl: FEED,
        key: 'https://example.org/a?id=1',
        contentHash: 'h1',
        briefId: 'b1',
        firstSeenAt: at(1),
      };
      expect(await feeds.rememberItem(item)).toBe(true);
      expect(
        await feeds.rememberItem({ ...item, contentHash: 'h9', briefId: null, firstSeenAt: at(2) }),
      ).toBe(false);
      expect(await feeds.seenItem(FEED, item.key)).toEqual(item);
      expect(await feeds.seenItem(OTHER, item.key)).toBeNull();
      expect(await feeds.rememberItem({ ...item, feedUrl: OTHER })).toBe(true);

      await feeds.updateItem(FEED, item.key, 'h2', 'b2');
      expect(await feeds.seenItem(FEED, item.key)).toEqual({ ...item, contentHash: 'h2', briefId: 'b2' });
      await feeds.updateItem(FEED, item.key, 'h3', null);
      expect(await feeds.seenItem(FEED, item.key)).toEqual({ ...item, contentHash: 'h3', briefId: null });
      expect(await feeds.seenItem(OTHER, item.key)).toEqual({ ...item, feedUrl: OTHER });
    });

    it('gives every instant back as ISO UTC with Z, whatever offset it was given in', async () => {
      const plusOne = (iso: string) =>
        new Date(Date.parse(iso) + 3_600_000).toISOString().replace('Z', '+01:00');
      const s = feedSubscription('C1', { createdAt: plusOne(T0) });
      expect(await feeds.subscribe(s, plusOne(T0))).toEqual({
        feed: newFeed(FEED, T0),
        subscription: saved(feedSubscription('C1')),
        created: true,
      });
      await feeds.recordPoll(FEED, {
        ...okPoll,
        polledAt: plusOne(at(1)),
        nextPollAt: plusOne(at(31)),
        newItemAt: plusOne(at(1)),
      });
      expect(await feeds.feed(FEED)).toMatchObject({
        lastPolledAt: at(1),
        nextPollAt: at(31),
        lastNewItemAt: at(1),
      });
      expect((await feeds.due(plusOne(at(31)), 1)).map((f) => f.url)).toEqual([FEED]);
      await feeds.rememberItem({
        feedUrl: FEED,
        key: 'k',
        contentHash: 'h',
        briefId: null,
        firstSeenAt: plusOne(at(2)),
      });
      expect(await feeds.seenItem(FEED, 'k')).toMatchObject({ firstSeenAt: at(2) });
      await feeds.markDisabledNotice(target('C1'), FEED, plusOne(at(3)));
      expect(await feeds.subscriptions()).toMatchObject([{ disabledNoticeAt: at(3) }]);
      await expect(feeds.subscribe(feedSubscription('C2'), 'yesterday')).rejects.toThrow(/now/);
    });
  });
}

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

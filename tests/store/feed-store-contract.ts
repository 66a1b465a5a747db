import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type FeedSubscription,
  type NewFeedSubscription,
  newFeed,
  type PollRecord,
} from '../../src/core/feeds/feed.js';
import type { FeedStore } from '../../src/core/feeds/feed-store.js';
import { MemoryFeedStore } from '../../src/core/feeds/memory-feed-store.js';
import { feedStoreFor } from '../../src/store/feed-store-for.js';
import type { Store } from '../../src/store/open-store.js';
import type { SqlDatabaseSubject } from './feedback-contract.js';
import { target } from './store-contract.js';

export const T0 = '2025-03-01T08:00:00.000Z';
export const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
export const FEED = 'https://example.org/news/feed.xml';
export const OTHER = 'https://example.com/rss';

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

export const saved = (s: NewFeedSubscription): FeedSubscription => ({ ...s, disabledNoticeAt: null });

export const okPoll: PollRecord = {
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

export const disabledPoll: PollRecord = {
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
  });
}

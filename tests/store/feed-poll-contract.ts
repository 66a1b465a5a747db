import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Feed, newFeed, type PollRecord } from '../../src/core/feeds/feed.js';
import type { FeedStore } from '../../src/core/feeds/feed-store.js';
import {
  at,
  disabledPoll,
  FEED,
  type FeedStoreDatabase,
  type FeedStoreSubject,
  feedSubscription,
  OTHER,
  okPoll,
  saved,
  T0,
} from './feed-store-contract.js';
import { target } from './store-contract.js';

/** The FeedStore promises about polls, claims, seen items and notices, checked on one implementation. */
export function feedPollContract(subject: FeedStoreSubject): void {
  describe(`FeedStore polls and items: ${subject.name}`, () => {
    let db: FeedStoreDatabase;
    let feeds: FeedStore;

    beforeEach(async () => {
      db = await subject.create();
      feeds = await db.open();
    });

    afterEach(async () => {
      await db?.dispose();
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

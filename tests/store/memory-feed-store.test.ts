import { describe, expect, it } from 'vitest';
import { MemoryFeedStore } from '../../src/core/feeds/memory-feed-store.js';
import { feedStoreFor } from '../../src/store/feed-store-for.js';
import { MemoryStore } from '../fakes/memory-store.js';
import { feedPollContract } from './feed-poll-contract.js';
import { type FeedStoreSubject, feedStoreContract, feedSubscription } from './feed-store-contract.js';

const memory: FeedStoreSubject = {
  name: 'MemoryFeedStore',
  async create() {
    // One process's memory is its one database: every open gives the same instance.
    const feeds = new MemoryFeedStore();
    return { open: async () => feeds, dispose: async () => {} };
  },
};
feedStoreContract(memory);
feedPollContract(memory);

describe('MemoryFeedStore', () => {
  it('gives copies: changing what it returned changes nothing kept', async () => {
    const feeds = new MemoryFeedStore();
    const { feed, subscription } = await feeds.subscribe(feedSubscription('C1'), '2025-03-01T08:00:00.000Z');
    feed.failures = 5;
    subscription.include.push('football');
    subscription.target.channel = 'C9';
    expect(await feeds.feed(feed.url)).toMatchObject({ failures: 0 });
    expect(await feeds.subscriptions()).toMatchObject([
      { include: ['bridge', 'tram'], target: { channel: 'C1' } },
    ]);
  });
});

describe('feedStoreFor', () => {
  it("keeps feeds in this process's memory without a store, or with one that keeps none", () => {
    expect(feedStoreFor(null)).toBeInstanceOf(MemoryFeedStore);
    expect(feedStoreFor(new MemoryStore())).toBeInstanceOf(MemoryFeedStore);
  });
});

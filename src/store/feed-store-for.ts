import type { FeedStore } from '../core/feeds/feed-store.js';
import { MemoryFeedStore } from '../core/feeds/memory-feed-store.js';
import type { Store } from './open-store.js';

/** A store that keeps feeds in its database (SqliteStore, PostgresStore). */
export interface KeepsFeeds {
  feedStore(): FeedStore;
}

/**
 * Where feeds are kept: in the store's database when it keeps them — shared by every replica on that
 * database — else (no store, a test's fake) in this process's memory, lost when it exits.
 */
export function feedStoreFor(store: Store | null): FeedStore {
  if (!store) return new MemoryFeedStore();
  // One per store, so the console, the platforms, the digests and the poller see the same feeds even when
  // the store keeps none of its own (a test's fake).
  let feeds = FEED_STORES.get(store);
  if (!feeds) {
    feeds = keepsFeeds(store) ? store.feedStore() : new MemoryFeedStore();
    FEED_STORES.set(store, feeds);
  }
  return feeds;
}

const FEED_STORES = new WeakMap<Store, FeedStore>();

function keepsFeeds(store: object): store is KeepsFeeds {
  return typeof (store as Partial<KeepsFeeds>).feedStore === 'function';
}

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
  return store && keepsFeeds(store) ? store.feedStore() : new MemoryFeedStore();
}

function keepsFeeds(store: object): store is KeepsFeeds {
  return typeof (store as Partial<KeepsFeeds>).feedStore === 'function';
}

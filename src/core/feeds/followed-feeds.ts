import type { FollowedFeed } from '../digest/select-stories.js';
import type { Target } from '../digest/subscription.js';
import type { FeedStore } from './feed-store.js';

/** The feeds a channel follows, with their word filters: what its digest may take from feeds. */
export function followedFeedsIn(store: FeedStore) {
  return async (target: Target): Promise<readonly FollowedFeed[]> =>
    (await store.subscriptions({ target })).map((s) => ({
      url: s.feedUrl,
      include: s.include,
      exclude: s.exclude,
    }));
}

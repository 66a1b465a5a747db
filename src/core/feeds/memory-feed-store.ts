import type { Target } from '../digest/subscription.js';
import {
  type Feed,
  type FeedSubscription,
  type NewFeedSubscription,
  newFeed,
  type PollRecord,
  type SeenItem,
} from './feed.js';
import type { FeedStore } from './feed-store.js';

/** A feed as kept here: the feed, and the end of its poll's claim (null when unclaimed). */
interface KeptFeed {
  feed: Feed;
  claimedUntil: string | null;
}

/**
 * The FeedStore in this process's memory: for a bot without a database, or with one that would not open,
 * and for tests. Right for one process only. No method awaits between its look and its write, so one
 * process's callers cannot both win a claim or a first sighting. Everything given back is a copy.
 */
export class MemoryFeedStore implements FeedStore {
  private readonly feedsByUrl = new Map<string, KeptFeed>();
  private readonly subscriptionsByKey = new Map<string, FeedSubscription>();
  private readonly items = new Map<string, SeenItem>();

  async subscribe(s: NewFeedSubscription, now: string) {
    const at = utc(now, 'now');
    const kept = this.feedsByUrl.get(s.feedUrl);
    const created = kept === undefined;
    const feed = kept?.feed ?? newFeed(s.feedUrl, at);
    if (created) this.feedsByUrl.set(s.feedUrl, { feed, claimedUntil: null });
    const key = subscriptionKey(s.target, s.feedUrl);
    const old = this.subscriptionsByKey.get(key);
    const subscription: FeedSubscription = old
      ? { ...old, include: [...s.include], exclude: [...s.exclude], mode: s.mode }
      : { ...copySubscription({ ...s, disabledNoticeAt: null }), createdAt: utc(s.createdAt, 'createdAt') };
    this.subscriptionsByKey.set(key, subscription);
    return { feed: { ...feed }, subscription: copySubscription(subscription), created };
  }

  async unsubscribe(target: Target, feedUrl: string): Promise<boolean> {
    if (!this.subscriptionsByKey.delete(subscriptionKey(target, feedUrl))) return false;
    if (![...this.subscriptionsByKey.values()].some((s) => s.feedUrl === feedUrl)) {
      this.feedsByUrl.delete(feedUrl);
      for (const [key, item] of this.items) if (item.feedUrl === feedUrl) this.items.delete(key);
    }
    return true;
  }

  async subscriptions(filter: { target?: Target; feedUrl?: string } = {}): Promise<FeedSubscription[]> {
    const { target, feedUrl } = filter;
    return [...this.subscriptionsByKey.values()]
      .filter(
        (s) => (!target || sameTarget(s.target, target)) && (feedUrl === undefined || s.feedUrl === feedUrl),
      )
      .sort((a, b) => compare(a.createdAt, b.createdAt) || compare(orderKey(a), orderKey(b)))
      .map(copySubscription);
  }

  async feed(url: string): Promise<Feed | null> {
    const kept = this.feedsByUrl.get(url);
    return kept ? { ...kept.feed } : null;
  }

  async feeds(): Promise<Feed[]> {
    return this.allFeeds().sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.url, b.url));
  }

  async due(now: string, limit: number): Promise<Feed[]> {
    const at = utc(now, 'now');
    return this.allFeeds()
      .filter((f) => f.disabledReason === null && f.nextPollAt <= at)
      .sort((a, b) => compare(a.nextPollAt, b.nextPollAt) || compare(a.url, b.url))
      .slice(0, Math.max(0, Math.floor(limit)));
  }

  async claimPoll(url: string, now: string, leaseUntil: string): Promise<boolean> {
    const [at, until] = [utc(now, 'now'), utc(leaseUntil, 'leaseUntil')];
    const kept = this.feedsByUrl.get(url);
    if (!kept || (kept.claimedUntil !== null && kept.claimedUntil > at)) return false;
    kept.claimedUntil = until;
    return true;
  }

  async recordPoll(url: string, r: PollRecord): Promise<void> {
    const lastPolledAt = utc(r.polledAt, 'polledAt');
    const nextPollAt = utc(r.nextPollAt, 'nextPollAt');
    const lastNewItemAt = r.newItemAt === undefined ? undefined : utc(r.newItemAt, 'newItemAt');
    const kept = this.feedsByUrl.get(url);
    if (!kept) return;
    const f = kept.feed;
    kept.feed = {
      ...f,
      lastStatus: r.status,
      lastPolledAt,
      nextPollAt,
      failures: r.failures,
      lastError: r.error,
      disabledReason: r.disabledReason,
      title: r.title === undefined ? f.title : r.title,
      etag: r.etag === undefined ? f.etag : r.etag,
      lastModified: r.lastModified === undefined ? f.lastModified : r.lastModified,
      bodyHash: r.bodyHash === undefined ? f.bodyHash : r.bodyHash,
      lastNewItemAt: lastNewItemAt ?? f.lastNewItemAt,
    };
    kept.claimedUntil = null;
  }

  async enable(url: string, nextPollAt: string): Promise<boolean> {
    const next = utc(nextPollAt, 'nextPollAt');
    const kept = this.feedsByUrl.get(url);
    if (!kept) return false;
    kept.feed = { ...kept.feed, disabledReason: null, failures: 0, nextPollAt: next };
    for (const [key, s] of this.subscriptionsByKey) {
      if (s.feedUrl === url) this.subscriptionsByKey.set(key, { ...s, disabledNoticeAt: null });
    }
    return true;
  }

  async seenItem(feedUrl: string, key: string): Promise<SeenItem | null> {
    const item = this.items.get(itemKey(feedUrl, key));
    return item ? { ...item } : null;
  }

  async rememberItem(item: SeenItem): Promise<boolean> {
    const firstSeenAt = utc(item.firstSeenAt, 'firstSeenAt');
    // As the databases' foreign key: an item belongs to a feed someone subscribes to.
    if (!this.feedsByUrl.has(item.feedUrl)) throw new Error(`no feed ${item.feedUrl} to remember an item of`);
    const key = itemKey(item.feedUrl, item.key);
    if (this.items.has(key)) return false;
    this.items.set(key, { ...item, firstSeenAt });
    return true;
  }

  async updateItem(feedUrl: string, key: string, contentHash: string, briefId: string | null) {
    const item = this.items.get(itemKey(feedUrl, key));
    if (item) this.items.set(itemKey(feedUrl, key), { ...item, contentHash, briefId });
  }

  async markDisabledNotice(target: Target, feedUrl: string, at: string): Promise<boolean> {
    const noticeAt = utc(at, 'at');
    const key = subscriptionKey(target, feedUrl);
    const s = this.subscriptionsByKey.get(key);
    if (!s || s.disabledNoticeAt !== null) return false;
    this.subscriptionsByKey.set(key, { ...s, disabledNoticeAt: noticeAt });
    return true;
  }

  private allFeeds(): Feed[] {
    return [...this.feedsByUrl.values()].map((kept) => ({ ...kept.feed }));
  }
}

function copySubscription(s: FeedSubscription): FeedSubscription {
  return { ...s, target: { ...s.target }, include: [...s.include], exclude: [...s.exclude] };
}

const sameTarget = (a: Target, b: Target) =>
  a.platform === b.platform && a.workspace === b.workspace && a.channel === b.channel;

const subscriptionKey = (t: Target, feedUrl: string) =>
  JSON.stringify([feedUrl, t.platform, t.workspace, t.channel]);

const itemKey = (feedUrl: string, key: string) => JSON.stringify([feedUrl, key]);

const orderKey = (s: FeedSubscription) => subscriptionKey(s.target, s.feedUrl);

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An instant as the SQL stores keep it: ISO UTC with milliseconds and Z, whatever offset it came in. */
function utc(value: string, what: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new RangeError(`${what} is not an ISO date-time: ${JSON.stringify(value)}`);
  return new Date(time).toISOString();
}

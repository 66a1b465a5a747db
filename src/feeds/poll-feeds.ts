import type { Feed } from '../core/feeds/feed.js';
import { type FeedPollReport, type PollDeps, pollFeed } from './poll-feed.js';

/**
 * Ingest workers for feed items. One: a pass briefs a few dozen items at most once feeds are known, and each
 * worker costs 70–90 MB; the other core stays free for answering chat (npm run bench -- --feeds).
 */
export const FEED_INGEST_WORKERS = 1;
/** Feeds polled at once in one pass; the fetcher also limits each host on its own. */
const CONCURRENT_POLLS = 8;
/** Due feeds read per pass: a pass after downtime does not try to fetch the world at once. */
const DUE_PER_PASS = 2_000;

/**
 * One pass over the feeds that are due (every feed not disabled with `all`, as `feeds poll --now` asks),
 * several at a time. Feeds another process has claimed are left to it. Reports come in the store's order.
 */
export async function pollDueFeeds(
  deps: PollDeps,
  options: { all?: boolean } = {},
): Promise<FeedPollReport[]> {
  const feeds = options.all
    ? (await deps.store.feeds()).filter((feed) => feed.disabledReason === null)
    : await deps.store.due(deps.now().toISOString(), DUE_PER_PASS);
  const reports: (FeedPollReport | null)[] = new Array(feeds.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < feeds.length) {
      const index = next++;
      reports[index] = await pollFeed(deps, feeds[index] as Feed);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_POLLS, feeds.length) }, worker));
  return reports.filter((report): report is FeedPollReport => report !== null);
}

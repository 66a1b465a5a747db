import { createHash } from 'node:crypto';
import type { Brief } from '../core/brief.schema.js';
import type { Target } from '../core/digest/subscription.js';
import type { Feed, FeedStatus, FeedSubscription, PollRecord } from '../core/feeds/feed.js';
import type { FeedStore } from '../core/feeds/feed-store.js';
import type { ArticleInput } from '../ingest/article-input.js';
import type { IngestResult } from '../ingest/pool/ingest-job.js';
import type { FeedFetcher } from './fetch/feed-fetcher.js';
import { decodeFeedBody } from './parse/decode-body.js';
import { itemArticleText, pageArticleText } from './parse/item-article.js';
import {
  type FeedItem,
  itemMatches,
  NotAFeedError,
  type ParsedFeed,
  parseFeedBody,
} from './parse/parse-feed.js';
import { MAX_FAILURES, nextPollAfterFailure, nextPollAfterSuccess } from './poll-schedule.js';

/** What polling needs from the rest of the bot. */
export interface PollDeps {
  store: FeedStore;
  fetcher: FeedFetcher;
  /** Reads an article into a brief off the event loop (the ingest pool), within its time budget. */
  ingest: (input: ArticleInput) => Promise<IngestResult>;
  /** Writes the brief into the library (BRIEFS_DIR); returns its id. */
  saveBrief: (brief: Brief) => Promise<string>;
  now: () => Date;
  intervalMs: number;
  /** A new item for a channel that wants items as they arrive (paced by the caller). */
  postInstant?: (target: Target, brief: Brief, feed: Feed) => Promise<void>;
  /** A channel is told once that its feed was disabled, and why. */
  noticeDisabled?: (target: Target, feed: Feed, reason: string) => Promise<void>;
  warn?: (message: string, fields: Record<string, unknown>) => void;
}

/** One line of `feeds poll --json`. */
export interface FeedPollReport {
  feed: string;
  status: FeedStatus;
  /** Ids of the briefs made from items not seen before. */
  new: string[];
  error?: string;
}

/** How long a poll may hold its claim: long enough for a slow feed and its pages, short enough to recover. */
const POLL_LEASE_MS = 5 * 60 * 1000;
/**
 * A feed's first poll (and any poll) briefs at most this many items, newest first: subscribing to a feed
 * with 500 items must not post or brief 500 stories. The rest are remembered as seen and never posted.
 */
export const MAX_ITEMS_PER_POLL = 20;

/** Polls one feed if this process can claim it; null when another process holds the claim. */
export async function pollFeed(deps: PollDeps, feed: Feed): Promise<FeedPollReport | null> {
  const now = deps.now();
  const leaseUntil = new Date(now.getTime() + POLL_LEASE_MS).toISOString();
  if (!(await deps.store.claimPoll(feed.url, now.toISOString(), leaseUntil))) return null;
  try {
    return await fetchAndRead(deps, feed, now);
  } catch (error) {
    // A bug or a store error must not leave the claim held for five minutes without a record.
    const message = error instanceof Error ? error.message : String(error);
    return failed(deps, feed, now, { error: message, permanent: false, retryAfter: null });
  }
}

async function fetchAndRead(deps: PollDeps, feed: Feed, now: Date): Promise<FeedPollReport> {
  const result = await deps.fetcher.fetch(
    feed.url,
    { etag: feed.etag, lastModified: feed.lastModified },
    now,
  );
  if (result.kind === 'failed') return failed(deps, feed, now, result);
  if (result.kind === 'not-modified') {
    return succeeded(deps, feed, now, 'not-modified', [], { freshUntil: result.freshUntil });
  }
  const bodyHash = createHash('sha256').update(result.body).digest('hex');
  const validators = { etag: result.etag, lastModified: result.lastModified, bodyHash };
  if (bodyHash === feed.bodyHash) {
    return succeeded(deps, feed, now, 'not-modified', [], { freshUntil: result.freshUntil, ...validators });
  }
  let parsed: ParsedFeed;
  try {
    parsed = parseFeedBody(result.body, result.contentType);
  } catch (error) {
    if (!(error instanceof NotAFeedError)) throw error;
    return failed(deps, feed, now, { error: error.message, permanent: true, retryAfter: null });
  }
  const named = { ...feed, title: feed.title ?? parsed.title };
  const fresh = await briefNewItems(deps, named, parsed.items, now);
  return succeeded(deps, named, now, 'ok', fresh, {
    freshUntil: result.freshUntil,
    ...validators,
    title: parsed.title,
  });
}

async function succeeded(
  deps: PollDeps,
  feed: Feed,
  now: Date,
  status: 'ok' | 'not-modified',
  fresh: string[],
  extra: { freshUntil: Date | null } & Partial<
    Pick<PollRecord, 'etag' | 'lastModified' | 'bodyHash' | 'title'>
  >,
): Promise<FeedPollReport> {
  const { freshUntil, ...fields } = extra;
  await deps.store.recordPoll(feed.url, {
    status,
    polledAt: now.toISOString(),
    nextPollAt: nextPollAfterSuccess(now, deps.intervalMs, freshUntil).toISOString(),
    failures: 0,
    error: null,
    disabledReason: null,
    ...fields,
    ...(fresh.length > 0 ? { newItemAt: now.toISOString() } : {}),
  });
  return { feed: feed.url, status, new: fresh };
}

/**
 * A failed poll: backed off, or — after MAX_FAILURES in a row, a 404/410, or a body that is not a feed —
 * disabled, with every subscribed channel told once why and how to turn it back on.
 */
async function failed(
  deps: PollDeps,
  feed: Feed,
  now: Date,
  failure: { error: string; permanent: boolean; retryAfter: Date | null },
): Promise<FeedPollReport> {
  const failures = feed.failures + 1;
  const disable = failure.permanent || failures >= MAX_FAILURES;
  const disabledReason = disable
    ? failure.permanent
      ? failure.error
      : `${MAX_FAILURES} polls in a row failed (last: ${failure.error})`
    : null;
  await deps.store.recordPoll(feed.url, {
    status: disable ? 'disabled' : 'failed',
    polledAt: now.toISOString(),
    nextPollAt: nextPollAfterFailure(now, deps.intervalMs, failures, failure.retryAfter).toISOString(),
    failures,
    error: failure.error,
    disabledReason,
  });
  if (disabledReason) await tellDisabled(deps, feed, disabledReason, now);
  return { feed: feed.url, status: disable ? 'disabled' : 'failed', new: [], error: failure.error };
}

async function tellDisabled(deps: PollDeps, feed: Feed, reason: string, now: Date): Promise<void> {
  if (!deps.noticeDisabled) return;
  for (const subscription of await deps.store.subscriptions({ feedUrl: feed.url })) {
    if (await deps.store.markDisabledNotice(subscription.target, feed.url, now.toISOString())) {
      await deps.noticeDisabled(subscription.target, feed, reason).catch((error: unknown) =>
        deps.warn?.('could not tell a channel its feed was disabled', {
          feed: feed.url,
          error: String(error),
        }),
      );
    }
  }
}

/**
 * Briefs the items not seen before (newest first, at most MAX_ITEMS_PER_POLL), re-briefs seen items whose
 * content changed (same brief, no new post), and hands new ones to the channels that want them at once.
 * Returns the new briefs' ids.
 */
async function briefNewItems(deps: PollDeps, feed: Feed, items: readonly FeedItem[], now: Date) {
  const newestFirst = [...items].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  const subscriptions = await deps.store.subscriptions({ feedUrl: feed.url });
  // A feed's backlog — what it holds the first time it is read, even after failed attempts — is briefed
  // for digests and questions, but not posted item by item. A feed read before has a body hash.
  const firstPoll = feed.bodyHash === null;
  const fresh: string[] = [];
  let briefed = 0;
  for (const item of newestFirst) {
    const seen = await deps.store.seenItem(feed.url, item.key);
    if (seen) {
      if (seen.contentHash !== item.contentHash) await rebrief(deps, feed, item, seen.briefId);
      continue;
    }
    const overBudget = briefed >= MAX_ITEMS_PER_POLL;
    const first = await deps.store.rememberItem({
      feedUrl: feed.url,
      key: item.key,
      contentHash: item.contentHash,
      briefId: null,
      firstSeenAt: now.toISOString(),
    });
    if (!first || overBudget) continue; // another replica has it, or it is old backlog
    briefed++;
    const brief = await briefItem(deps, feed, item);
    if (!brief) continue;
    await deps.store.updateItem(feed.url, item.key, item.contentHash, brief.id);
    fresh.push(brief.id);
    if (!firstPoll) await postToInstantChannels(deps, feed, item, brief, subscriptions);
  }
  return fresh;
}

async function rebrief(deps: PollDeps, feed: Feed, item: FeedItem, briefId: string | null): Promise<void> {
  const brief = await briefItem(deps, feed, item, briefId ?? undefined);
  await deps.store.updateItem(feed.url, item.key, item.contentHash, brief?.id ?? briefId);
}

async function postToInstantChannels(
  deps: PollDeps,
  feed: Feed,
  item: FeedItem,
  brief: Brief,
  subscriptions: readonly FeedSubscription[],
): Promise<void> {
  if (!deps.postInstant) return;
  for (const subscription of subscriptions) {
    if (subscription.mode !== 'instant') continue;
    if (!itemMatches(item, subscription.include, subscription.exclude)) continue;
    await deps
      .postInstant(subscription.target, brief, feed)
      .catch((error: unknown) =>
        deps.warn?.('could not post a feed item', { feed: feed.url, brief: brief.id, error: String(error) }),
      );
  }
}

/**
 * The item as a brief: its full text when the feed carries it, else the page it links to (fetched by the
 * same careful fetcher), else its summary, said to be one. Null (and a warning) when none reads as an
 * article; the item stays seen, so it is not tried on every poll.
 */
async function briefItem(deps: PollDeps, feed: Feed, item: FeedItem, id?: string): Promise<Brief | null> {
  const article = await articleOf(deps, item);
  if (!article) {
    deps.warn?.('a feed item has no text to brief', { feed: feed.url, item: item.key });
    return null;
  }
  const input: ArticleInput = {
    origin: `${feed.url} item ${item.link ?? item.key}`,
    text: article.text,
    ...(id ? { id } : {}),
    ...(item.title ? { title: article.isSummary ? `${item.title} (summary)` : item.title } : {}),
    ...(item.published ? { published: item.published } : {}),
    ...(item.author ? { author: item.author } : {}),
    source: feed.title ?? new URL(feed.url).hostname,
    ...(item.link ? { url: item.link } : {}),
    feed: feed.url,
  };
  const result = await deps.ingest(input);
  if ('reason' in result) {
    deps.warn?.('a feed item could not be briefed', {
      feed: feed.url,
      item: item.key,
      reason: result.reason,
    });
    return null;
  }
  await deps.saveBrief(result.brief);
  return result.brief;
}

async function articleOf(
  deps: PollDeps,
  item: FeedItem,
): Promise<{ text: string; isSummary: boolean } | null> {
  const inFeed = itemArticleText(item);
  if (inFeed && !inFeed.isSummary) return inFeed;
  if (item.link) {
    const page = await deps.fetcher.fetch(item.link, {}, deps.now());
    if (page.kind === 'ok') {
      // The page's charset as its Content-Type (or a byte-order mark) gives it; UTF-8 otherwise.
      const read = pageArticleText(decodeFeedBody(page.body, page.contentType), page.url);
      if (read) return { text: read.text, isSummary: false };
    }
  }
  return inFeed;
}

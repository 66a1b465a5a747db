import type { BriefCollection } from '../../core/answer/answer.js';
import type { ChannelManagers, CommandContext, DigestSchedule } from '../../core/commands/index.js';
import type { Clock } from '../../core/digest/publisher.js';
import type { Platform } from '../../core/digest/subscription.js';
import type { SubscriptionStore } from '../../core/digest/subscription-store.js';
import type { FeedStore } from '../../core/feeds/feed-store.js';
import { followedFeedsIn } from '../../core/feeds/followed-feeds.js';
import type { AnswerMetrics } from './observe-reply.js';

/** What every chat adapter hands its commands: the library, and the store when it is open. */
export interface ChatCommandDeps {
  /** The brief library as it is now (it is reloaded when the briefs folder changes). */
  briefs: () => BriefCollection;
  /** ANSWER_MIN_CONFIDENCE, for /ask, mentions and direct messages; unset, the engine's default. */
  answerMinConfidence?: number;
  /** Set when the subscription store is open; /digest says it is unavailable otherwise. */
  digest?: { store: SubscriptionStore; clock: Clock; schedule?: DigestSchedule };
  /** Set when the store is open; /feed says it is unavailable otherwise. */
  feeds?: { store: FeedStore; clock: Clock };
  /** Where answers and abstentions are counted and timed (GET /metrics); unset, they are not. */
  metrics?: AnswerMetrics;
}

/** Where a request came from, and how the platform tells whether its person manages the channel. */
export interface RequestPlace {
  workspace: string;
  channel: string;
  user: string;
  managers: ChannelManagers;
}

/** The command context for one request: the library now, /digest and /feed bound to this channel and person. */
export function chatCommandContext(
  platform: Platform,
  deps: ChatCommandDeps,
  place: RequestPlace,
): CommandContext {
  const context: CommandContext = { briefs: deps.briefs() };
  if (deps.answerMinConfidence !== undefined) context.answerMinConfidence = deps.answerMinConfidence;
  if (deps.digest) {
    context.digest = {
      ...deps.digest,
      ...(deps.feeds ? { followedFeeds: followedFeedsIn(deps.feeds.store) } : {}),
      target: { platform, workspace: place.workspace, channel: place.channel },
      user: place.user,
      managers: place.managers,
    };
  }
  if (deps.feeds) {
    const target = { platform, workspace: place.workspace, channel: place.channel };
    context.feeds = { ...deps.feeds, target, user: place.user, managers: place.managers };
  }
  return context;
}

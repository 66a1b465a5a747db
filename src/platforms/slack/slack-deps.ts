import type { Logger } from 'pino';
import type { Brief } from '../../core/brief.schema.js';
import type { CommandContext, DigestSchedule } from '../../core/commands/index.js';
import type { Clock } from '../../core/digest/publisher.js';
import type { SubscriptionStore } from '../../core/digest/subscription-store.js';
import type { FeedbackStore } from '../../core/feedback/feedback.js';
import type { ChannelPacer } from '../shared/channel-pacer.js';
import type { RecentMap } from '../shared/recent-map.js';
import type { SlackRetryOptions } from './slack-retry.js';

/** Everything the Slack handlers use, built once by the bot and passed to each handler. */
export interface SlackDeps {
  /** The brief library as it is now (it is reloaded when the briefs folder changes). */
  briefs: () => readonly Brief[];
  /** Set when the subscription store is open; /digest says it is unavailable otherwise. */
  digest?: { store: SubscriptionStore; clock: Clock; schedule?: DigestSchedule };
  /** Where 👍/👎 clicks are recorded; without it a click is thanked but said to be unrecorded. */
  feedback?: FeedbackStore;
  logger: Logger;
  /** Keeps posts to one channel about a second apart, as Slack asks. */
  pacer: ChannelPacer;
  /** Which brief each conversation (thread, direct message) is about, by conversationKey(). */
  conversations: RecentMap<string>;
  retry?: SlackRetryOptions;
}

/** Where a command or message came from. */
export interface SlackPlace {
  team: string;
  channel: string;
  user: string;
}

/** The command context for one request: the library now, and /digest bound to this channel and person. */
export function commandContext(deps: SlackDeps, place: SlackPlace): CommandContext {
  const context: CommandContext = { briefs: deps.briefs() };
  if (deps.digest) {
    context.digest = {
      ...deps.digest,
      target: { platform: 'slack', workspace: place.team, channel: place.channel },
      user: place.user,
    };
  }
  return context;
}

/** A thread (or, outside threads, a direct-message channel) as one conversation. */
export function conversationKey(team: string, channel: string, threadTs: string | undefined): string {
  return `${team}:${channel}:${threadTs ?? 'main'}`;
}

import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { CommandContext } from '../../core/commands/index.js';
import type { FeedbackStore } from '../../core/feedback/feedback.js';
import type { ChannelPacer } from '../shared/channel-pacer.js';
import { type ChatCommandDeps, chatCommandContext } from '../shared/command-context.js';
import type { ConversationMemory } from '../shared/conversation-memory.js';
import { slackManagers } from './slack-managers.js';
import type { SlackRetryOptions } from './slack-retry.js';

/** Everything the Slack handlers use, built once by the bot and passed to each handler. */
export interface SlackDeps extends ChatCommandDeps {
  /** Where 👍/👎 clicks are recorded; without it a click is thanked but said to be unrecorded. */
  feedback?: FeedbackStore;
  logger: Logger;
  /** Keeps posts to one channel about a second apart, as Slack asks. */
  pacer: ChannelPacer;
  /**
   * Which brief each conversation (thread, direct message) is about, by conversationKey(), and the event
   * ids already handled: in the store, shared by every replica.
   */
  memory: ConversationMemory;
  retry?: SlackRetryOptions;
  /** SLACK_DIGEST_ADMINS: user ids and user group ids who may change digests besides admins and owners. */
  digestAdmins: readonly string[];
}

/** Where a command or message came from. */
export interface SlackPlace {
  team: string;
  channel: string;
  user: string;
}

/**
 * The command context for one request, /digest bound to this Slack channel and person; `client` is the
 * request's Web API client, which asks Slack whether the person manages the channel.
 */
export function commandContext(deps: SlackDeps, place: SlackPlace, client: WebClient): CommandContext {
  return chatCommandContext('slack', deps, {
    workspace: place.team,
    channel: place.channel,
    user: place.user,
    managers: slackManagers(client, deps.digestAdmins, place),
  });
}

/** A thread (or, outside threads, a direct-message channel) as one conversation. */
export function conversationKey(team: string, channel: string, threadTs: string | undefined): string {
  return `${team}:${channel}:${threadTs ?? 'main'}`;
}

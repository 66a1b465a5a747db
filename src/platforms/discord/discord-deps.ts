import type { Logger } from 'pino';
import type { ChannelManagers, CommandContext } from '../../core/commands/index.js';
import type { FeedbackStore } from '../../core/feedback/feedback.js';
import { type ChatCommandDeps, chatCommandContext } from '../shared/command-context.js';
import type { ConversationMemory } from '../shared/conversation-memory.js';

/** Everything the Discord handlers use, built once by the bot and passed to each handler. */
export interface DiscordDeps extends ChatCommandDeps {
  logger: Logger;
  /**
   * Which brief each conversation (a thread, a DM, a chain of replies) is about, and the question behind
   * each answer's buttons (by the token in their custom_id): in the store, shared by every replica.
   */
  memory: ConversationMemory;
  /** Where 👍/👎 clicks are recorded; without it a click is thanked but said to be unrecorded. */
  feedback?: FeedbackStore;
}

/** Where an interaction or message came from; `guild` is "dm" in a direct message. */
export interface DiscordPlace {
  guild: string;
  channel: string;
  user: string;
  /** Whether the person may change this channel's digests. */
  managers: ChannelManagers;
}

/** The command context for one request, /digest bound to this Discord channel and person. */
export function commandContext(deps: DiscordDeps, place: DiscordPlace): CommandContext {
  return chatCommandContext('discord', deps, {
    workspace: place.guild,
    channel: place.channel,
    user: place.user,
    managers: place.managers,
  });
}

import { z } from 'zod';
import type { BriefCollection } from '../answer/answer.js';
import type { Clock } from '../digest/publisher.js';
import type { FollowedFeed } from '../digest/select-stories.js';
import type { Target } from '../digest/subscription.js';
import type { SubscriptionStore } from '../digest/subscription-store.js';
import type { FeedStore } from '../feeds/feed-store.js';
import type { Reply } from '../reply.js';
import type { ChannelManagers } from './digest/channel-managers.js';
import type { DigestSchedule } from './digest/digest-schedule.js';

/** One option of a chat command, so that Slack and Discord adapters can register it. */
export interface CommandOption {
  /** Lower-case, no spaces (Discord's rule for option names). */
  name: string;
  description: string;
  required: boolean;
  /**
   * 'attachment': a file the person attaches (Discord); the adapter reads it and passes what the command
   * expects in its place (for /feed's `opml`, the feed URLs in `urls`). Default 'string'.
   */
  type?: 'string' | 'attachment';
}

/** What every command may read. Adapters build it once; commands never reach for anything else. */
export interface CommandContext {
  /** The briefs: an array in memory, or a library read from disk on demand. */
  briefs: BriefCollection;
  /**
   * Below this confidence /ask says the article doesn't say rather than guess (ANSWER_MIN_CONFIDENCE);
   * unset, the engine's default.
   */
  answerMinConfidence?: number;
  /** Set where a subscription store is wired; /digest answers with an error without it. */
  digest?: DigestContext;
  /** Set where the feed store is wired; /feed answers with an error without it. */
  feeds?: FeedsContext;
}

/** What /feed needs: the feed store, the channel, who typed it, the time, and who may change feeds. */
export interface FeedsContext {
  store: FeedStore;
  target: Target;
  user: string;
  clock: Clock;
  /** The same people who may change the channel's digest may change its feeds. */
  managers: ChannelManagers;
}

/** What /digest needs: the store, the channel the command came from, who typed it, and the time. */
export interface DigestContext {
  store: SubscriptionStore;
  target: Target;
  /** The platform's user id of whoever typed the command; recorded as the subscription's creator. */
  user: string;
  clock: Clock;
  /** The cron engine (src/schedule); without it only daily `time HH:MM` schedules are accepted. */
  schedule?: DigestSchedule;
  /** Whether this person may change the channel's digest: asked before subscribe and unsubscribe. */
  managers: ChannelManagers;
  /** The feeds the channel follows, so that a preview shows only the feed stories it would get. */
  followedFeeds?: (target: Target) => Promise<readonly FollowedFeed[]>;
}

/**
 * A command's input as a platform hands it over: the free text after the command (Slack's command text,
 * a console line) and/or named options (Discord's slash-command options). Checked at this edge.
 */
export const CommandInputSchema = z.object({
  text: z.string().default(''),
  options: z.record(z.string(), z.string()).default({}),
});

export type CommandInput = z.input<typeof CommandInputSchema>;

export interface CommandDefinition {
  /** Without the slash: "brief" is the chat command /brief. */
  name: string;
  description: string;
  /** How a person types it, e.g. "/ask <question>". */
  usage: string;
  options: readonly CommandOption[];
  run(input: CommandInput, context: CommandContext): Reply | Promise<Reply>;
}

/** The named option if the platform gave one, else the free text; trimmed, '' when absent or malformed. */
export function readArgument(input: CommandInput, option: string): string {
  const parsed = CommandInputSchema.safeParse(input);
  if (!parsed.success) return '';
  return (parsed.data.options[option] ?? parsed.data.text).trim();
}

/** A named option only (never the free text); undefined when absent or blank. */
export function readOption(input: CommandInput, option: string): string | undefined {
  const parsed = CommandInputSchema.safeParse(input);
  const value = parsed.success ? parsed.data.options[option]?.trim() : undefined;
  return value ? value : undefined;
}

/** Shortens what a person typed before it is repeated back in a reply. */
export function quoteInput(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `"${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}"`;
}

import type { Message } from 'discord.js';
import {
  type ConversationReply,
  replyInConversation,
} from '../../core/conversation/reply-in-conversation.js';
import { errorReply, type Reply } from '../../core/reply.js';
import { observeReply } from '../shared/observe-reply.js';
import { commandContext, type DiscordDeps, type DiscordPlace } from './discord-deps.js';
import { discordErrorCode } from './discord-errors.js';
import { feedbackRow } from './discord-feedback.js';
import { messageManagers } from './discord-managers.js';
import { discordMessages } from './discord-messages.js';

/**
 * Questions outside slash commands. Without the privileged Message Content intent the bot reads only what
 * Discord gives it: messages that mention it (a reply to the bot mentions it too) and direct messages. A
 * mention is answered by replying to it. The brief it was about carries on in a thread (keyed by the
 * thread), a direct message (by the channel), or a chain of replies to the bot (by the bot's message).
 */
export async function handleMessage(message: Message, deps: DiscordDeps, botId: string): Promise<void> {
  if (message.author.bot || message.system) return;
  const direct = message.guildId === null;
  if (!direct && !message.mentions.users.has(botId)) return;
  // Every replica logged in with the bot's token receives the message; the first to see it answers.
  if (!(await deps.memory.firstSight(`discord-message:${message.id}`, HANDLED_FOR_MS))) return;
  const question = message.content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const inThread = message.channel.isThread();
  const ongoing = await conversationOf(message, direct, inThread, deps);
  const place: DiscordPlace = {
    guild: message.guildId ?? 'dm',
    channel: message.channelId,
    user: message.author.id,
    managers: messageManagers(message),
  };
  let turn: ConversationReply;
  const started = performance.now();
  try {
    turn = await replyInConversation(
      question,
      commandContext(deps, place),
      ongoing ? await deps.memory.briefOf(ongoing) : undefined,
    );
  } catch (err) {
    deps.logger.error({ err, channel: message.channelId }, 'answering a mention failed');
    turn = {
      reply: errorReply('Something went wrong on our side with that question.', 'Try again in a moment.'),
    };
  }
  observeReply(deps.metrics, 'discord', turn.reply, started);
  // Discord has no "only you can see this" for messages: a private reply in a server goes to the person's
  // direct messages, and only when those are closed to the bot is it said in the channel.
  if (turn.reply.private && !direct && (await sentPrivately(message, turn.reply, deps))) return;
  try {
    let last: Message | undefined;
    for (const part of discordMessages(turn.reply, feedbackRow(turn.reply, question, deps))) {
      const options = { ...part, allowedMentions: { parse: [], repliedUser: false } };
      last = last ? await last.reply(options) : await message.reply(options);
    }
    const about = turn.briefId ?? '';
    if (direct || inThread) await deps.memory.rememberBrief(message.channelId, about);
    else if (last) await deps.memory.rememberBrief(replyKey(last.id) ?? '', about);
  } catch (error) {
    deps.logger.error({ code: discordErrorCode(error), channel: message.channelId }, 'Discord reply failed');
  }
}

async function sentPrivately(message: Message, reply: Reply, deps: DiscordDeps): Promise<boolean> {
  try {
    for (const part of discordMessages(reply))
      await message.author.send({ ...part, allowedMentions: { parse: [] } });
    return true;
  } catch (error) {
    deps.logger.warn(
      { code: discordErrorCode(error), user: message.author.id },
      'could not send a private reply by direct message; replying in the channel',
    );
    return false;
  }
}

/** Long past any redelivery: Discord sends a message to each session once, at about the same time. */
export const HANDLED_FOR_MS = 60 * 60 * 1000;

/**
 * The conversation a message continues: its thread or DM channel — or, for a thread someone started from
 * the bot's answer (such a thread has the answer's id), that answer — else the answer it replies to.
 */
async function conversationOf(message: Message, direct: boolean, inThread: boolean, deps: DiscordDeps) {
  if (direct) return message.channelId;
  if (inThread) {
    const startedFrom = replyKey(message.channelId);
    const threadKnown = (await deps.memory.briefOf(message.channelId)) !== undefined;
    return !threadKnown && startedFrom && (await deps.memory.briefOf(startedFrom)) !== undefined
      ? startedFrom
      : message.channelId;
  }
  return replyKey(message.reference?.messageId);
}

function replyKey(messageId: string | undefined): string | undefined {
  return messageId ? `reply:${messageId}` : undefined;
}

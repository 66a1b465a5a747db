import type { Message } from 'discord.js';
import { errorReply } from '../../core/reply.js';
import { type ConversationReply, replyInConversation } from '../shared/conversation.js';
import { commandContext, type DiscordDeps, type DiscordPlace } from './discord-deps.js';
import { discordErrorCode } from './discord-errors.js';
import { feedbackRow } from './discord-feedback.js';
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
  const question = message.content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const inThread = message.channel.isThread();
  const ongoing = conversationOf(message, direct, inThread, deps);
  const place: DiscordPlace = {
    guild: message.guildId ?? 'dm',
    channel: message.channelId,
    user: message.author.id,
  };
  let turn: ConversationReply;
  if (/^\/digest\b/i.test(question)) {
    // A mention carries no permission check; the slash command does (Manage Channels by default).
    turn = {
      reply: errorReply(
        'Manage digests with the /digest slash command.',
        'It needs the Manage Channels permission.',
      ),
    };
  } else {
    try {
      turn = await replyInConversation(
        question,
        commandContext(deps, place),
        ongoing ? deps.conversations.get(ongoing) : undefined,
      );
    } catch (err) {
      deps.logger.error({ err, channel: message.channelId }, 'answering a mention failed');
      turn = {
        reply: errorReply('Something went wrong on our side with that question.', 'Try again in a moment.'),
      };
    }
  }
  try {
    let last: Message | undefined;
    for (const part of discordMessages(turn.reply, feedbackRow(turn.reply, question, deps))) {
      const options = { ...part, allowedMentions: { parse: [], repliedUser: false } };
      last = last ? await last.reply(options) : await message.reply(options);
    }
    const about = turn.briefId ?? '';
    if (direct || inThread) deps.conversations.set(message.channelId, about);
    else if (last) deps.conversations.set(replyKey(last.id) ?? '', about);
  } catch (error) {
    deps.logger.error({ code: discordErrorCode(error), channel: message.channelId }, 'Discord reply failed');
  }
}

/**
 * The conversation a message continues: its thread or DM channel — or, for a thread someone started from
 * the bot's answer (such a thread has the answer's id), that answer — else the answer it replies to.
 */
function conversationOf(message: Message, direct: boolean, inThread: boolean, deps: DiscordDeps) {
  if (direct) return message.channelId;
  if (inThread) {
    const startedFrom = replyKey(message.channelId);
    const threadKnown = deps.conversations.get(message.channelId) !== undefined;
    return !threadKnown && startedFrom && deps.conversations.get(startedFrom) !== undefined
      ? startedFrom
      : message.channelId;
  }
  return replyKey(message.reference?.messageId);
}

function replyKey(messageId: string | undefined): string | undefined {
  return messageId ? `reply:${messageId}` : undefined;
}

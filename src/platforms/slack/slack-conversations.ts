import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { replyInConversation } from '../../core/conversation/reply-in-conversation.js';
import { observeReply } from '../shared/observe-reply.js';
import { deliver, slackMessage, tellPrivately } from './slack-deliver.js';
import { commandContext, conversationKey, type SlackDeps, type SlackPlace } from './slack-deps.js';
import { slackToPlain } from './slack-text.js';

/** The fields of a message or app_mention event the bot reads, checked at this edge. */
const IncomingMessageSchema = z.object({
  user: z.string().min(1),
  text: z.string().default(''),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  channel: z.string().min(1),
  channel_type: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  team: z.string().optional(),
});
type IncomingMessage = z.infer<typeof IncomingMessageSchema>;

/**
 * Questions outside slash commands: a mention in a channel is answered in a thread under it; a reply in
 * a thread the bot has answered in is a follow-up on the same brief, with or without a mention; a direct
 * message is a question, and the direct-message channel keeps its brief the same way.
 */
export function registerConversations(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, context, body, client }) => {
    const message = IncomingMessageSchema.safeParse(event);
    if (!message.success) return;
    const team = context.teamId ?? message.data.team ?? String((body as { team_id?: unknown }).team_id ?? '');
    // A mention in a direct message also arrives as a message event; that one answers it. Another bot's
    // mention is not a question: answering bots could loop.
    if (message.data.channel_type === 'im' || message.data.bot_id) return;
    await answer(
      deps,
      client,
      message.data,
      team,
      message.data.thread_ts ?? message.data.ts,
      context.botUserId,
    );
  });

  app.message(async ({ message: event, context, body, client }) => {
    const parsed = IncomingMessageSchema.safeParse(event);
    if (!parsed.success) return;
    const message = parsed.data;
    // Edits, joins and other bots' posts are not questions; answering bots could loop.
    if (message.subtype || message.bot_id || message.user === context.botUserId) return;
    const team = context.teamId ?? message.team ?? String((body as { team_id?: unknown }).team_id ?? '');
    if (message.channel_type === 'im') {
      await answer(deps, client, message, team, message.thread_ts, context.botUserId);
      return;
    }
    // In a channel only a thread the bot is already in; a mention there comes as app_mention instead.
    if (!message.thread_ts || mentions(message.text, context.botUserId)) return;
    if ((await deps.memory.briefOf(conversationKey(team, message.channel, message.thread_ts))) === undefined)
      return;
    await answer(deps, client, message, team, message.thread_ts, context.botUserId);
  });
}

async function answer(
  deps: SlackDeps,
  client: WebClient,
  message: IncomingMessage,
  team: string,
  threadTs: string | undefined,
  botUserId: string | undefined,
): Promise<void> {
  const place: SlackPlace & { threadTs?: string } = {
    team,
    channel: message.channel,
    user: message.user,
    ...(threadTs ? { threadTs } : {}),
  };
  const key = conversationKey(team, message.channel, threadTs);
  const question = questionText(message.text, botUserId);
  let turn: Awaited<ReturnType<typeof replyInConversation>>;
  const started = performance.now();
  try {
    turn = await replyInConversation(
      question,
      commandContext(deps, place, client),
      await deps.memory.briefOf(key),
    );
  } catch (err) {
    deps.logger.error({ err, channel: message.channel }, 'answering a message failed');
    await tellPrivately(
      deps,
      client,
      place,
      'Something went wrong on our side with that question; try again.',
    );
    return;
  }
  const { reply, briefId } = turn;
  observeReply(deps.metrics, 'slack', reply, started);
  // The thread exists from now on, whether or not the reply cited a brief, so follow-ups are heard.
  await deps.memory.rememberBrief(key, briefId ?? '');
  const rendered = slackMessage(reply, question);
  const thread = threadTs ? { thread_ts: threadTs } : {};
  await deps.pacer.wait(`${team}:${message.channel}`);
  await deliver(deps, client, place, () =>
    reply.private
      ? client.chat.postEphemeral({ channel: message.channel, user: message.user, ...thread, ...rendered })
      : client.chat.postMessage({ channel: message.channel, ...thread, ...rendered, unfurl_links: false }),
  );
}

/** The question as plain words, without the bot's own mention(s): "<@U123> who won?" asks "who won?". */
export function questionText(text: string, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/;
  return slackToPlain(text.replace(own, ' '));
}

function mentions(text: string, botUserId: string | undefined): boolean {
  return botUserId !== undefined && text.includes(`<@${botUserId}`);
}

import { randomBytes } from 'node:crypto';
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type ButtonInteraction,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from 'discord.js';
import type { Verdict } from '../../core/feedback/feedback.js';
import { feedbackQuestion } from '../../core/feedback/feedback-click.js';
import { blocksOf, type FeedbackBlock, type Reply } from '../../core/reply.js';
import { recordFeedbackClick } from '../shared/record-feedback.js';
import type { DiscordDeps } from './discord-deps.js';

/**
 * 👍/👎 under answers. A button's custom_id (at most 100 characters) carries the verdict, the reply kind,
 * the cited sentence and brief, and a short token; the question itself, too long for the id, is kept in
 * the conversation state under that token (the store's, so any replica can record the click with it).
 */

export const FEEDBACK_PREFIX = 'nb:fb:';
const CUSTOM_ID_MAX = 100;

export interface FeedbackClick {
  verdict: Verdict;
  kind: 'answer' | 'abstention';
  sentence: number | null;
  briefId: string | null;
  token: string;
}

/**
 * The action row for a reply that asks for feedback (answers and abstentions); null for every other reply.
 * The question is kept under a fresh token, since it is too long for the buttons' ids.
 */
export function feedbackRow(
  reply: Reply,
  question: string,
  deps: { memory: Pick<DiscordDeps['memory'], 'rememberQuestion'> },
): APIActionRowComponent<APIButtonComponent> | null {
  const [feedback] = blocksOf(reply, 'feedback');
  if (!feedback) return null;
  const token = randomBytes(6).toString('base64url');
  const kept = feedbackQuestion(question);
  // Not awaited: the buttons go out with the reply, and a click comes seconds later at the earliest.
  if (kept) void deps.memory.rememberQuestion(token, kept);
  return feedbackButtons(feedback, token);
}

/** How Discord draws a feedback block: 👍 and 👎 buttons whose custom_ids say what they judge. */
export function feedbackButtons(
  feedback: FeedbackBlock,
  token: string,
): APIActionRowComponent<APIButtonComponent> {
  const button = (verdict: Verdict, emoji: string, label: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: customId({
      verdict,
      kind: feedback.judged,
      sentence: feedback.sentence,
      briefId: feedback.briefId,
      token,
    }),
    emoji: { name: emoji },
    label,
  });
  return {
    type: ComponentType.ActionRow,
    components: [button('up', '👍', 'Helpful'), button('down', '👎', 'Wrong or unhelpful')],
  };
}

function customId(click: FeedbackClick): string {
  const head = `${FEEDBACK_PREFIX}${click.verdict === 'up' ? 'u' : 'd'}:${click.kind === 'answer' ? 'a' : 'n'}:${click.token}:${click.sentence ?? '-'}:`;
  // A brief id too long to fit is left out rather than cut: a wrong id would be worse than none.
  const brief = click.briefId ?? '-';
  return head.length + brief.length <= CUSTOM_ID_MAX ? head + brief : `${head}-`;
}

/** A custom_id read back; null when it is not one of ours. */
export function readFeedbackId(id: string): FeedbackClick | null {
  const match = /^nb:fb:([ud]):([an]):([\w-]+):(\d+|-):(.+)$/.exec(id);
  if (!match) return null;
  const [, verdict, kind, token = '', sentence = '-', brief = '-'] = match;
  return {
    verdict: verdict === 'u' ? 'up' : 'down',
    kind: kind === 'a' ? 'answer' : 'abstention',
    sentence: sentence === '-' ? null : Number(sentence),
    briefId: brief === '-' ? null : brief,
    token,
  };
}

/** Records a click (one verdict per person per message) and thanks the person privately. */
export async function handleFeedbackClick(interaction: ButtonInteraction, deps: DiscordDeps): Promise<void> {
  const click = readFeedbackId(interaction.customId);
  if (!click) return;
  // Answer Discord before touching the database, which may be slower than Discord's 3 s.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const thanks = await recordFeedbackClick(
    deps.feedback,
    {
      platform: 'discord',
      workspace: interaction.guildId ?? 'dm',
      channel: interaction.channelId,
      message: interaction.message.id,
      user: interaction.user.id,
      verdict: click.verdict,
      replyKind: click.kind,
      briefId: click.briefId,
      sentence: click.sentence,
      question: await deps.memory.questionOf(click.token),
    },
    deps.logger,
  );
  await interaction.editReply({ content: thanks, allowedMentions: { parse: [] } });
}

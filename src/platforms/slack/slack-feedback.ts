import { z } from 'zod';
import { FEEDBACK_QUESTION_MAX, feedbackQuestion } from '../../core/feedback/feedback-click.js';
import type { FeedbackBlock } from '../../core/reply.js';
import type { SlackBlock } from './slack-render.js';

/**
 * The 👍/👎 buttons under an answer, and what a click carries back. The button's value holds what the
 * team needs to judge the answer later (which brief and sentence it cited, and the question), so a click
 * can be recorded without the bot remembering every message it posted.
 */

export const FEEDBACK_BLOCK_ID = 'newsbrief_feedback';
export const FEEDBACK_ACTIONS = { up: 'newsbrief_feedback_up', down: 'newsbrief_feedback_down' } as const;

const FeedbackValueSchema = z.object({
  kind: z.enum(['answer', 'abstention']),
  brief: z.string().nullable(),
  sentence: z.number().int().nonnegative().nullable(),
  question: z.string().max(FEEDBACK_QUESTION_MAX).nullable(),
});
export type FeedbackValue = z.infer<typeof FeedbackValueSchema>;

/** How Slack draws a reply's feedback block: an actions block whose buttons carry what they judge. */
export function feedbackActions(feedback: FeedbackBlock, question: string | undefined): SlackBlock {
  const value: FeedbackValue = {
    kind: feedback.judged,
    brief: feedback.briefId,
    sentence: feedback.sentence,
    question: feedbackQuestion(question),
  };
  const json = JSON.stringify(value);
  const button = (verdict: keyof typeof FEEDBACK_ACTIONS, label: string) => ({
    type: 'button' as const,
    action_id: FEEDBACK_ACTIONS[verdict],
    text: { type: 'plain_text' as const, text: label, emoji: true },
    value: json,
  });
  return {
    type: 'actions',
    block_id: FEEDBACK_BLOCK_ID,
    elements: [button('up', '👍 Helpful'), button('down', '👎 Wrong or unhelpful')],
  };
}

/** A click's value, checked; null when it is not one of ours (an old or forged payload). */
export function readFeedbackValue(value: unknown): FeedbackValue | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = FeedbackValueSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

import type { Logger } from 'pino';
import type { Feedback, FeedbackStore, Verdict } from '../../core/feedback/feedback.js';

/** The question kept with a click: one line, at most 300 characters (Slack's button value holds 2,000). */
export const FEEDBACK_QUESTION_MAX = 300;

/** The question as a click keeps it: whitespace folded, cut to FEEDBACK_QUESTION_MAX; null when blank. */
export function feedbackQuestion(question: string | undefined): string | null {
  const folded = question?.trim().replace(/\s+/g, ' ') ?? '';
  return folded ? folded.slice(0, FEEDBACK_QUESTION_MAX) : null;
}

/**
 * Records one 👍/👎 click and says what to tell the person. A store that is missing or fails is not the
 * person's problem: they are thanked either way and told whether it was kept; the log says why not.
 */
export async function recordFeedbackClick(
  store: FeedbackStore | undefined,
  feedback: Omit<Feedback, 'recordedAt'>,
  logger: Logger,
): Promise<string> {
  let recorded = false;
  try {
    if (store) {
      await store.recordFeedback({ ...feedback, recordedAt: new Date().toISOString() });
      recorded = true;
    }
  } catch (err) {
    logger.error({ err }, 'could not record feedback');
  }
  return thanks(feedback.verdict, recorded);
}

function thanks(verdict: Verdict, recorded: boolean): string {
  if (!recorded) {
    return 'Thanks — but your click could not be recorded right now; the bot admin can see why in the log.';
  }
  const emoji = verdict === 'up' ? '👍' : '👎';
  return `Thanks — your ${emoji} is recorded${verdict === 'down' ? '; the team reviews these to fix wrong answers' : ''}.`;
}

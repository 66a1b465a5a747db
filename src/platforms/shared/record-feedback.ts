import type { Logger } from 'pino';
import type { Feedback, FeedbackStore } from '../../core/feedback/feedback.js';
import { feedbackThanks } from '../../core/feedback/feedback-click.js';

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
  return feedbackThanks(feedback.verdict, recorded);
}

import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Verdict } from '../../core/feedback/feedback.js';
import { recordFeedbackClick } from '../shared/record-feedback.js';
import type { SlackDeps } from './slack-deps.js';
import { slackErrorCode } from './slack-errors.js';
import { FEEDBACK_ACTIONS, readFeedbackValue } from './slack-feedback.js';

/**
 * Records 👍/👎 clicks: one verdict per person per message (a second click replaces the first), then
 * thanks the person privately. The click is acknowledged before the database is touched.
 */
export function registerFeedbackClicks(app: App, deps: SlackDeps): void {
  for (const [verdict, actionId] of Object.entries(FEEDBACK_ACTIONS) as [Verdict, string][]) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, respond, context }) => {
      await ack();
      const value = readFeedbackValue(action.value);
      const channel = body.channel?.id ?? body.container?.channel_id;
      const messageTs = body.message?.ts ?? body.container?.message_ts;
      const team = context.teamId ?? body.team?.id ?? body.user.team_id ?? 'unknown';
      if (!value || !channel || !messageTs) {
        deps.logger.warn({ action: actionId }, 'feedback click without its message; ignored');
        return;
      }
      const thanks = await recordFeedbackClick(
        deps.feedback,
        {
          platform: 'slack',
          workspace: team,
          channel,
          message: messageTs,
          user: body.user.id,
          verdict,
          replyKind: value.kind,
          briefId: value.brief,
          sentence: value.sentence,
          question: value.question,
        },
        deps.logger,
      );
      try {
        await respond({ response_type: 'ephemeral', replace_original: false, text: thanks });
      } catch (error) {
        deps.logger.warn({ code: slackErrorCode(error) }, 'could not thank for feedback');
      }
    });
  }
}

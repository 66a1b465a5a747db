import type { WebClient } from '@slack/web-api';
import type { Reply } from '../../core/reply.js';
import type { SlackDeps, SlackPlace } from './slack-deps.js';
import { classifySlackError, slackErrorCode } from './slack-errors.js';
import { renderSlack, type SlackMessage } from './slack-render.js';
import { withSlackRetry } from './slack-retry.js';

/** A reply as a Slack message; its 👍/👎 buttons, if it asks for feedback, keep the question asked. */
export function slackMessage(reply: Reply, question?: string): SlackMessage {
  return renderSlack(reply, { question });
}

/**
 * Sends one reply, retrying transient failures. When Slack still refuses, the failure is logged with its
 * code and the person is told privately (an ephemeral message), so a reply never vanishes in silence.
 * Returns whether the reply went out.
 */
export async function deliver(
  deps: SlackDeps,
  client: WebClient,
  place: SlackPlace & { threadTs?: string },
  send: () => Promise<unknown>,
  /** How to tell the person instead; default an ephemeral message (which needs the app in the channel). */
  tell: (text: string) => Promise<void> = (text) => tellPrivately(deps, client, place, text),
): Promise<boolean> {
  const log = deps.logger;
  try {
    await withSlackRetry(send, {
      ...deps.retry,
      onRetry: (code, waitMs) =>
        log.warn({ code, waitMs, channel: place.channel }, 'Slack call failed; retrying'),
    });
    return true;
  } catch (error) {
    const code = slackErrorCode(error);
    const failure = classifySlackError(error);
    log.error({ code, kind: failure.kind, channel: place.channel }, 'Slack reply failed');
    try {
      await tell(`I couldn't post my reply here: ${failure.message}.`);
    } catch (tellError) {
      log.warn(
        { code: slackErrorCode(tellError), channel: place.channel },
        'could not tell the person either',
      );
    }
    return false;
  }
}

/** An ephemeral note to one person; best effort, since the channel itself may be what failed. */
export async function tellPrivately(
  deps: SlackDeps,
  client: WebClient,
  place: SlackPlace & { threadTs?: string },
  text: string,
): Promise<void> {
  try {
    await client.chat.postEphemeral({
      channel: place.channel,
      user: place.user,
      text,
      ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
    });
  } catch (error) {
    deps.logger.warn(
      { code: slackErrorCode(error), channel: place.channel },
      'could not tell the person either',
    );
  }
}

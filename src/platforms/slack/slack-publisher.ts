import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import { PublishError, type Publisher } from '../../core/digest/publisher.js';
import type { Target } from '../../core/digest/subscription.js';
import type { Reply } from '../../core/reply.js';
import type { ChannelPacer } from '../shared/channel-pacer.js';
import { classifySlackError, slackErrorCode } from './slack-errors.js';
import { renderSlack } from './slack-render.js';

/** The metadata event type on every digest message; its payload carries the idempotency key. */
export const DIGEST_EVENT_TYPE = 'newsbrief_digest';

/** How far back a re-sent digest looks for itself: a channel rarely gets more posts than this between tries. */
const LOOKBACK_MESSAGES = 30;

/**
 * Posts digests with chat.postMessage, paced to about one message a second per channel. Each message
 * carries its idempotency key as message metadata, and before posting, the channel's latest messages are
 * searched for that key, so a digest re-sent after a crash or a lost response is not posted twice. A
 * failure becomes a PublishError the scheduler understands: retry (with Slack's Retry-After), pause the
 * subscription (channel gone, app removed), or give up on this digest.
 */
export function createSlackPublisher(client: WebClient, pacer: ChannelPacer, logger?: Logger): Publisher {
  return {
    platform: 'slack',
    async publish(target: Target, reply: Reply, idempotencyKey: string) {
      await pacer.wait(`${target.workspace}:${target.channel}`);
      if (await alreadyPosted(client, target.channel, idempotencyKey, logger)) return;
      try {
        await client.chat.postMessage({
          channel: target.channel,
          ...renderSlack(reply),
          metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { idempotency_key: idempotencyKey } },
          unfurl_links: false,
          unfurl_media: false,
        });
      } catch (error) {
        throw new PublishError(classifySlackError(error));
      }
    },
  };
}

/**
 * Whether a message with this key is among the channel's latest. Reading history needs membership: in a
 * public channel the app was never invited to (it may post there with chat:write.public) it joins first,
 * which channels:join allows. When history still cannot be read (a private channel it left, a missing
 * scope) the answer is "not found" and the post goes ahead, since a rare duplicate is better than a lost
 * digest; the reason is logged.
 */
async function alreadyPosted(
  client: WebClient,
  channel: string,
  key: string,
  logger: Logger | undefined,
  joined = false,
): Promise<boolean> {
  try {
    const history = await client.conversations.history({
      channel,
      limit: LOOKBACK_MESSAGES,
      include_all_metadata: true,
    });
    return (history.messages ?? []).some(
      (m) =>
        m.metadata?.event_type === DIGEST_EVENT_TYPE &&
        (m.metadata.event_payload as Record<string, unknown> | undefined)?.idempotency_key === key,
    );
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === 'not_in_channel' && !joined) {
      try {
        await client.conversations.join({ channel });
        return await alreadyPosted(client, channel, key, logger, true);
      } catch (joinError) {
        logger?.warn(
          { code: slackErrorCode(joinError), channel },
          'could not join the channel to check for a posted digest',
        );
        return false;
      }
    }
    logger?.warn({ code, channel }, 'could not read the channel to check for a posted digest; posting');
    return false;
  }
}

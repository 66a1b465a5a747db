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
 * searched for that key, so a digest re-sent after a crash or a lost response is not posted twice. Two
 * replicas can still both look, both find nothing and both post; so after posting, the channel is read
 * again, and a copy that is not the earliest with its key is deleted (chat.delete of the bot's own message
 * needs only chat:write). Every replica keeps the earliest, so one copy stays whichever order they run in.
 * A failure to post becomes a PublishError the scheduler understands: retry (with Slack's
 * Retry-After), pause the subscription (channel gone, app removed), or give up on this digest.
 */
export function createSlackPublisher(client: WebClient, pacer: ChannelPacer, logger?: Logger): Publisher {
  return {
    platform: 'slack',
    async publish(target: Target, reply: Reply, idempotencyKey: string) {
      const { channel } = target;
      await pacer.wait(`${target.workspace}:${channel}`);
      if (await alreadyPosted(client, channel, idempotencyKey, logger)) return;
      let posted: string | undefined;
      try {
        const response = await client.chat.postMessage({
          channel,
          ...renderSlack(reply),
          metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { idempotency_key: idempotencyKey } },
          unfurl_links: false,
          unfurl_media: false,
        });
        posted = response.ts;
      } catch (error) {
        throw new PublishError(classifySlackError(error));
      }
      if (posted) await keepEarliestCopy(client, channel, idempotencyKey, posted, logger);
    },
  };
}

/** The `ts` of each of the channel's latest messages carrying this digest key; throws what Slack threw. */
async function copiesOf(client: WebClient, channel: string, key: string): Promise<string[]> {
  const history = await client.conversations.history({
    channel,
    limit: LOOKBACK_MESSAGES,
    include_all_metadata: true,
  });
  return (history.messages ?? [])
    .filter(
      (m) =>
        m.metadata?.event_type === DIGEST_EVENT_TYPE &&
        (m.metadata.event_payload as Record<string, unknown> | undefined)?.idempotency_key === key,
    )
    .flatMap((m) => (m.ts ? [m.ts] : []));
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
    return (await copiesOf(client, channel, key)).length > 0;
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

/**
 * Deletes the copy just posted (`posted`) if an earlier one with the same key is in the channel: another
 * replica passed the same check at the same moment. Of two such copies the later one is deleted, by its own
 * poster, which reads after its own post and so after the earlier one; the earliest is never deleted. A
 * failure here is only logged: the digest is posted, and a duplicate is better than a lost one.
 */
async function keepEarliestCopy(
  client: WebClient,
  channel: string,
  key: string,
  posted: string,
  logger: Logger | undefined,
): Promise<void> {
  let copies: string[];
  try {
    copies = await copiesOf(client, channel, key);
  } catch (error) {
    logger?.warn(
      { code: slackErrorCode(error), channel, key },
      'could not read back a posted digest to check for a duplicate; keeping it',
    );
    return;
  }
  // A ts is "seconds.micros"; a double keeps its micros (to 0.25 µs at today's seconds), so compare numbers.
  if (!copies.some((ts) => Number(ts) < Number(posted))) return;
  try {
    await client.chat.delete({ channel, ts: posted });
    logger?.info({ channel, key }, 'removed a duplicate digest: a concurrent replica posted it first');
  } catch (error) {
    logger?.warn({ code: slackErrorCode(error), channel, key }, 'could not delete a duplicate digest');
  }
}

import { createHash } from 'node:crypto';
import { type REST, Routes } from 'discord.js';
import { PublishError, type Publisher } from '../../core/digest/publisher.js';
import type { Target } from '../../core/digest/subscription.js';
import type { Reply } from '../../core/reply.js';
import { classifyDiscordError } from './discord-errors.js';
import { renderDiscord } from './discord-render.js';

/**
 * Posts digests to channels through discord.js's REST client, which queues per route and waits out 429s
 * itself. Each message carries a nonce derived from the digest's idempotency key with `enforce_nonce`, so
 * Discord returns the earlier message instead of posting a re-sent digest twice. A lost channel or
 * permission becomes 'gone' (the subscription pauses, with the reason in /digest status).
 */
export function createDiscordPublisher(rest: REST): Publisher {
  return {
    platform: 'discord',
    async publish(target: Target, reply: Reply, idempotencyKey: string) {
      for (const [index, message] of renderDiscord(reply).entries()) {
        try {
          await rest.post(Routes.channelMessages(target.channel), {
            body: {
              ...(message.content ? { content: message.content } : {}),
              embeds: message.embeds,
              allowed_mentions: { parse: [] },
              nonce: digestNonce(idempotencyKey, index),
              enforce_nonce: true,
            },
          });
        } catch (error) {
          throw new PublishError(classifyDiscordError(error));
        }
      }
    },
  };
}

/** Discord's nonce is at most 25 characters; the key (subscription:slot) is longer, so it is hashed. */
export function digestNonce(idempotencyKey: string, part: number): string {
  return createHash('sha256').update(`${idempotencyKey}#${part}`).digest('hex').slice(0, 25);
}

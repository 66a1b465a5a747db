import { createHash } from 'node:crypto';
import { type REST, Routes } from 'discord.js';
import { PublishError, type Publisher, type PublishOptions } from '../../core/digest/publisher.js';
import type { Target } from '../../core/digest/subscription.js';
import type { Reply } from '../../core/reply.js';
import { classifyDiscordError } from './discord-errors.js';
import { type DiscordEmbed, renderDiscord } from './discord-render.js';

/**
 * Posts digests to channels through discord.js's REST client, which queues per route and waits out 429s
 * itself. Each message carries a nonce derived from the digest's idempotency key with `enforce_nonce`, so
 * Discord returns the earlier message instead of posting a re-sent digest twice. A lost channel or
 * permission becomes 'gone' (the subscription pauses, with the reason in /digest status). A digest re-sent
 * after a crash, when the nonce has long expired, is looked for among the bot's latest messages first.
 */
export function createDiscordPublisher(rest: REST, botId: () => string | undefined): Publisher {
  return {
    platform: 'discord',
    async publish(target: Target, reply: Reply, idempotencyKey: string, options: PublishOptions = {}) {
      const messages = renderDiscord(reply);
      if (options.resend && (await alreadyPosted(rest, target.channel, botId(), messages[0]?.embeds[0])))
        return;
      for (const [index, message] of messages.entries()) {
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

/** How far back a re-sent digest looks for itself. */
const LOOKBACK_MESSAGES = 30;

/**
 * Whether the bot's own latest messages in the channel include this digest (its first embed, same title,
 * text and fields). Discord keeps a nonce only for minutes, so a claim re-sent after a crash is checked
 * this way. Unreadable history (no Read Message History) means "not found": a rare duplicate is better
 * than a lost digest.
 */
async function alreadyPosted(
  rest: REST,
  channel: string,
  botId: string | undefined,
  first: DiscordEmbed | undefined,
): Promise<boolean> {
  if (!botId || !first) return false;
  try {
    const recent = (await rest.get(Routes.channelMessages(channel), {
      query: new URLSearchParams({ limit: String(LOOKBACK_MESSAGES) }),
    })) as { author?: { id?: string }; embeds?: DiscordEmbed[] }[];
    const wanted = embedFingerprint(first);
    return recent.some(
      (m) => m.author?.id === botId && m.embeds?.[0] && embedFingerprint(m.embeds[0]) === wanted,
    );
  } catch {
    return false;
  }
}

function embedFingerprint(embed: DiscordEmbed): string {
  return JSON.stringify([
    embed.title ?? '',
    embed.description ?? '',
    (embed.fields ?? []).map((f) => [f.name, f.value]),
  ]);
}

/** Discord's nonce is at most 25 characters; the key (subscription:slot) is longer, so it is hashed. */
export function digestNonce(idempotencyKey: string, part: number): string {
  return createHash('sha256').update(`${idempotencyKey}#${part}`).digest('hex').slice(0, 25);
}

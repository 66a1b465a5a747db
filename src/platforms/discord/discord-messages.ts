import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import type { Reply } from '../../core/reply.js';
import { renderDiscord } from './discord-render.js';

export interface OutgoingMessage {
  content?: string;
  embeds: ReturnType<typeof renderDiscord>[number]['embeds'];
  allowedMentions: { parse: [] };
  components?: APIActionRowComponent<APIButtonComponent>[];
}

/** A reply as the messages to send, with the feedback buttons (if any) under the last one. */
export function discordMessages(
  reply: Reply,
  buttons: APIActionRowComponent<APIButtonComponent> | null = null,
): OutgoingMessage[] {
  const parts = renderDiscord(reply);
  return parts.map((part, index) => ({
    ...(part.content ? { content: part.content } : {}),
    embeds: part.embeds,
    allowedMentions: { parse: [] },
    ...(buttons && index === parts.length - 1 ? { components: [buttons] } : {}),
  }));
}

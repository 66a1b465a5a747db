import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import type { ConversationMemory } from '../shared/conversation-memory.js';

/** An hour covers Slack's retries, which stop after about five minutes. */
const RETRIES_LAST_MS = 60 * 60 * 1000;

/**
 * Slack re-sends an event it thinks was not received (same `event_id`, an `x-slack-retry-num` header),
 * possibly to another replica; this global middleware lets each event id through once, across every
 * replica sharing the store.
 */
export function dropRepeatedEvents(
  memory: ConversationMemory,
  logger: Logger,
): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (
      typeof eventId === 'string' &&
      !(await memory.firstSight(`slack-event:${eventId}`, RETRIES_LAST_MS))
    ) {
      logger.debug({ eventId }, 'repeated Slack event dropped');
      return;
    }
    await next();
  };
}

import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import { RecentMap } from '../shared/recent-map.js';

/**
 * Slack re-sends an event it thinks was not received (same `event_id`, an `x-slack-retry-num` header);
 * this global middleware lets each event id through once. An hour covers Slack's retries, which stop after
 * about five minutes. Held in memory: two processes serving one app would each answer once.
 */
export function dropRepeatedEvents(logger: Logger, maxEntries = 50_000): Middleware<AnyMiddlewareArgs> {
  const seen = new RecentMap<true>({ maxEntries, ttlMs: 60 * 60 * 1000 });
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seen.firstSight(eventId)) {
      logger.debug({ eventId }, 'repeated Slack event dropped');
      return;
    }
    await next();
  };
}

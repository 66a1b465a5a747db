import type { PublishFailure } from '../../core/digest/publisher.js';

/**
 * What a failed Discord call means, decided in one place: try again later (rate limits discord.js could
 * not absorb, Discord's 5xx, the network), stop posting to the channel (it is gone, or the bot lost its
 * permission there), or give up on this message (Discord refused it).
 */

/** Discord's JSON error codes that mean the channel is out of reach until someone acts. */
const GONE: Record<number, string> = {
  10003: 'the channel was deleted',
  10004: 'the bot was removed from the server',
  50001: 'the bot can no longer see the channel (Missing Access)',
  50013: 'the bot lost permission to post in the channel (Missing Permissions)',
  50083: 'the thread is archived',
  160005: 'the thread is locked',
};

/** A stable code for logs: Discord's numeric code, an HTTP status, or the library's own code. */
export function discordErrorCode(error: unknown): string {
  const e = error as { code?: unknown; status?: unknown };
  if (typeof e?.code === 'number') return String(e.code);
  if (typeof e?.status === 'number') return `http_${e.status}`;
  if (typeof e?.code === 'string') return e.code;
  return 'unknown';
}

export function classifyDiscordError(error: unknown): PublishFailure {
  const e = error as { code?: unknown; status?: unknown; retryAfter?: unknown; message?: unknown };
  const code = typeof e?.code === 'number' ? e.code : undefined;
  const status = typeof e?.status === 'number' ? e.status : undefined;
  if (code !== undefined && GONE[code]) return { kind: 'gone', message: `${code}: ${GONE[code]}` };
  // A rejected token concerns every channel at once: no subscription is paused for it.
  if (status === 401) {
    return { kind: 'permanent', message: 'Discord rejected the bot token (http_401): check DISCORD_TOKEN' };
  }
  if (status === 403 || status === 404) {
    return { kind: 'gone', message: `http_${status}: the bot cannot post in the channel` };
  }
  if (status === 429 || e?.retryAfter !== undefined) {
    const ms = typeof e?.retryAfter === 'number' ? e.retryAfter : 1000;
    return { kind: 'transient', message: 'rate limited by Discord', retryAfterMs: ms };
  }
  if (status === undefined || status >= 500) {
    return { kind: 'transient', message: `Discord did not answer (${discordErrorCode(error)})` };
  }
  return { kind: 'permanent', message: `Discord refused the message (${discordErrorCode(error)})` };
}

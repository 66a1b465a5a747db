import type { PublishFailure } from '../../core/digest/publisher.js';

/**
 * What a failed Slack call means for the caller, decided in one place for every call the adapter makes:
 * try again (rate limit, network, Slack's own trouble), stop posting to the channel (it is gone, or the
 * app lost access), or give up on this one message (Slack refused it).
 */

/** Slack's `error` codes that mean the channel or the workspace is out of reach until someone acts. */
const GONE = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'team_access_not_granted',
  'access_denied',
  'ekm_access_denied',
]);

/**
 * Codes that say the bot's own token is bad (rotated, revoked, the app removed). They concern every
 * channel at once, so no subscription is paused for them: each digest fails with the reason, loudly, and
 * they resume by themselves once the token is fixed.
 */
const TOKEN_REJECTED = new Set([
  'account_inactive',
  'token_revoked',
  'token_expired',
  'invalid_auth',
  'not_authed',
]);

/** Codes Slack documents as momentary. */
const TRANSIENT = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
]);

const WHY_GONE: Record<string, string> = {
  channel_not_found: 'the channel no longer exists, or the app cannot see it',
  is_archived: 'the channel is archived',
  not_in_channel: 'the app is not in the channel; invite it with /invite @newsbrief',
};

/** The stable code of a Slack failure, for logs: Slack's own `error`, an HTTP status, or the SDK's code. */
export function slackErrorCode(error: unknown): string {
  const e = error as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; status?: unknown };
  if (typeof e?.data?.error === 'string') return e.data.error;
  if (typeof e?.statusCode === 'number') return `http_${e.statusCode}`;
  if (typeof e?.status === 'number') return `http_${e.status}`;
  if (typeof e?.code === 'string') return e.code;
  return 'unknown';
}

/** Classifies an error thrown by the Web API client or by respond(). */
export function classifySlackError(error: unknown): PublishFailure {
  const code = slackErrorCode(error);
  const e = error as { retryAfter?: unknown };
  if (code === 'slack_webapi_rate_limited_error' || code === 'http_429') {
    const seconds = typeof e?.retryAfter === 'number' ? e.retryAfter : 1;
    return {
      kind: 'transient',
      message: `rate limited by Slack (retry after ${seconds} s)`,
      retryAfterMs: seconds * 1000,
    };
  }
  if (GONE.has(code))
    return { kind: 'gone', message: `${code}: ${WHY_GONE[code] ?? 'the app cannot post there'}` };
  if (TOKEN_REJECTED.has(code)) {
    return {
      kind: 'permanent',
      message: `Slack rejected the bot token (${code}): check SLACK_BOT_TOKEN, or reinstall the app`,
    };
  }
  // respond() posts with fetch, whose network failures are TypeErrors with the cause inside.
  if (error instanceof TypeError && /fetch failed|network|socket/i.test(error.message)) {
    return { kind: 'transient', message: 'Slack did not answer (network)' };
  }
  if (TRANSIENT.has(code) || code === 'slack_webapi_request_error' || /^http_5\d\d$/.test(code)) {
    return { kind: 'transient', message: `Slack did not answer (${code})` };
  }
  return { kind: 'permanent', message: `Slack refused the message (${code})` };
}

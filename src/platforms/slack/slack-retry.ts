import { classifySlackError, slackErrorCode } from './slack-errors.js';

export interface SlackRetryOptions {
  /** Attempts in all. Default 3. */
  tries?: number;
  /** Wait before the second attempt, doubling after; Slack's Retry-After wins when longer. Default 500 ms. */
  baseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Told about each failed attempt that will be retried. */
  onRetry?: (code: string, waitMs: number) => void;
}

/**
 * Runs one Slack call for a person waiting on an answer, retrying transient failures (rate limits with
 * their Retry-After, network errors, Slack's 5xx) a few times; anything else is thrown at once.
 */
export async function withSlackRetry<T>(call: () => Promise<T>, options: SlackRetryOptions = {}): Promise<T> {
  const tries = Math.max(1, options.tries ?? 3);
  const baseMs = options.baseMs ?? 500;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = classifySlackError(error);
      if (failure.kind !== 'transient' || attempt >= tries) throw error;
      const waitMs = Math.max(baseMs * 2 ** (attempt - 1), failure.retryAfterMs ?? 0);
      options.onRetry?.(slackErrorCode(error), waitMs);
      await sleep(waitMs);
    }
  }
}

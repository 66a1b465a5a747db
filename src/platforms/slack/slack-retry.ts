import { retryTransient } from '../../core/digest/retry-transient.js';
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
  const outcome = await retryTransient(call, {
    tries: options.tries ?? 3,
    baseMs: options.baseMs ?? 500,
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
    classify: classifySlackError,
    onRetry: (error, waitMs) => options.onRetry?.(slackErrorCode(error), waitMs),
  });
  if (outcome.ok) return outcome.value;
  throw outcome.error;
}

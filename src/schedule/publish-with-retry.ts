import {
  PublishError,
  type Publisher,
  type PublishFailure,
  type PublishOptions,
} from '../core/digest/publisher.js';
import { retryTransient } from '../core/digest/retry-transient.js';
import type { Target } from '../core/digest/subscription.js';
import type { Reply } from '../core/reply.js';
import { errorMessage, type RetryPolicy } from './scheduler-types.js';

export type PublishOutcome =
  | { ok: true; attempts: number }
  | { ok: false; attempts: number; failure: PublishFailure };

/**
 * Publishes, retrying transient failures with exponential backoff (a platform's retryAfterMs wins when
 * longer); 'gone' and 'permanent' end at once. An error that is not a PublishError counts as transient.
 */
export async function publishWithRetry(
  publisher: Publisher,
  target: Target,
  reply: Reply,
  idempotencyKey: string,
  retry: RetryPolicy,
  sleep: (ms: number) => Promise<void>,
  options: PublishOptions = {},
): Promise<PublishOutcome> {
  const outcome = await retryTransient(() => publisher.publish(target, reply, idempotencyKey, options), {
    tries: retry.tries,
    baseMs: retry.baseMs,
    sleep,
    classify: (error) =>
      error instanceof PublishError ? error.failure : { kind: 'transient', message: errorMessage(error) },
  });
  if (outcome.ok) return { ok: true, attempts: outcome.attempts };
  const { failure, attempts } = outcome;
  if (failure.kind !== 'transient') return { ok: false, attempts, failure };
  return {
    ok: false,
    attempts,
    failure: { kind: 'permanent', message: `gave up after ${attempts} tries: ${failure.message}` },
  };
}

import {
  PublishError,
  type Publisher,
  type PublishFailure,
  type PublishOptions,
} from '../core/digest/publisher.js';
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
  const tries = Math.max(1, retry.tries);
  let failure: PublishFailure = { kind: 'transient', message: 'not attempted' };
  for (let attempt = 1; attempt <= tries; attempt++) {
    try {
      await publisher.publish(target, reply, idempotencyKey, options);
      return { ok: true, attempts: attempt };
    } catch (error) {
      failure =
        error instanceof PublishError ? error.failure : { kind: 'transient', message: errorMessage(error) };
      if (failure.kind !== 'transient') return { ok: false, attempts: attempt, failure };
      if (attempt < tries) {
        const backoff = retry.baseMs * 2 ** (attempt - 1);
        await sleep(Math.max(backoff, failure.retryAfterMs ?? 0));
      }
    }
  }
  return {
    ok: false,
    attempts: tries,
    failure: { kind: 'permanent', message: `gave up after ${tries} tries: ${failure.message}` },
  };
}

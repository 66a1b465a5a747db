import type { PublishFailure } from './publisher.js';

export interface RetryTransientOptions {
  /** Attempts in all, the first included. */
  tries: number;
  /** Wait before the second attempt; doubles each time. A platform's retryAfterMs wins when longer. */
  baseMs: number;
  sleep: (ms: number) => Promise<void>;
  /** What an error means: only 'transient' is tried again. */
  classify: (error: unknown) => PublishFailure;
  /** Told about each failed attempt that will be tried again, and the wait before it. */
  onRetry?: (error: unknown, waitMs: number) => void;
}

export type RetryOutcome<T> =
  | { ok: true; value: T; attempts: number }
  | { ok: false; error: unknown; failure: PublishFailure; attempts: number };

/**
 * Runs `call`, trying again after transient failures with exponential backoff (a platform's Retry-After
 * wins when longer), up to `tries` attempts; any other failure ends at once. One loop for the digest
 * scheduler and for replies a person waits on; the time is injected, so tests never sleep.
 */
export async function retryTransient<T>(
  call: () => Promise<T>,
  options: RetryTransientOptions,
): Promise<RetryOutcome<T>> {
  const tries = Math.max(1, options.tries);
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, value: await call(), attempts: attempt };
    } catch (error) {
      const failure = options.classify(error);
      if (failure.kind !== 'transient' || attempt >= tries)
        return { ok: false, error, failure, attempts: attempt };
      const waitMs = Math.max(options.baseMs * 2 ** (attempt - 1), failure.retryAfterMs ?? 0);
      options.onRetry?.(error, waitMs);
      await options.sleep(waitMs);
    }
  }
}

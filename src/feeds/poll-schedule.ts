/**
 * When a feed is polled next. A healthy feed waits the poll interval, or longer when the server said its
 * content stays fresh longer (capped at an hour by the fetcher). A failing feed backs off exponentially —
 * twice the interval after each failure, at most a day — and never sooner than the server's Retry-After.
 */
export const MAX_FAILURES = 10;
const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

export function nextPollAfterSuccess(now: Date, intervalMs: number, freshUntil: Date | null): Date {
  const next = now.getTime() + intervalMs;
  return new Date(Math.max(next, freshUntil?.getTime() ?? 0));
}

export function nextPollAfterFailure(
  now: Date,
  intervalMs: number,
  failures: number,
  retryAfter: Date | null,
): Date {
  const backoff = Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** Math.max(0, failures - 1));
  return new Date(Math.max(now.getTime() + backoff, retryAfter?.getTime() ?? 0));
}

import { Agent } from 'undici';
import { type Failure, failure, formatSeconds, networkFailure } from './fetch-errors.js';
import { requestOnce } from './fetch-hop.js';
import {
  type FeedFetcher,
  type FetchPolicy,
  type FetchResult,
  type ResolvedPolicy,
  withDefaults,
} from './fetch-policy.js';
import { createHostLimiter, type HostLimiter } from './host-limiter.js';
import {
  assertLiteralHostReachable,
  hostKey,
  pinnedLookup,
  RefusedAddressError,
  resolveWithDns,
} from './pinned-lookup.js';
import {
  basicAuthorization,
  displayUrl,
  isFetchableScheme,
  parseUrl,
  SCHEME_REFUSAL,
} from './request-url.js';

export type {
  FeedFetcher,
  FetchPolicy,
  FetchResult,
  ResolvedAddress,
  ResolveHost,
  Validators,
} from './fetch-policy.js';

/**
 * Fetches feeds politely (a User-Agent, conditional GETs, a per-host queue) and safely (no private
 * addresses, bounded time and size, redirects re-checked hop by hop). Every outcome is a FetchResult.
 */

interface Context {
  policy: ResolvedPolicy;
  allowed: ReadonlySet<string>;
  agent: Agent;
  limiter: HostLimiter;
}

function failed(url: string, reason: Failure): FetchResult {
  return { kind: 'failed', url, ...reason };
}

/** The refusal for a URL the fetcher will not touch, before any connection; null when it may go ahead. */
function refusalBeforeConnect(url: URL, allowed: ReadonlySet<string>, redirected: boolean): Failure | null {
  if (!isFetchableScheme(url)) {
    const reason = redirected ? `redirected to ${displayUrl(url)}, but ${SCHEME_REFUSAL}` : SCHEME_REFUSAL;
    return failure(reason, true);
  }
  try {
    assertLiteralHostReachable(url.hostname, allowed);
    return null;
  } catch (error) {
    if (error instanceof RefusedAddressError) return failure(error.message, true);
    throw error;
  }
}

async function fetchFollowingRedirects(
  context: Context,
  input: string,
  etag: string | null,
  lastModified: string | null,
  now: Date,
): Promise<FetchResult> {
  const { policy, allowed, agent, limiter } = context;
  const first = parseUrl(input);
  if (!first) return failed(input, failure('not a valid URL', true));
  let current = first;
  let deadline: AbortSignal | null = null;

  for (let redirects = 0; ; redirects += 1) {
    const url = redirects === 0 ? input : current.href;
    const refusal = refusalBeforeConnect(current, allowed, redirects > 0);
    if (refusal) return failed(url, refusal);
    // Credentials from the feed's URL go to its own origin only, never to wherever it redirects.
    const authorization =
      basicAuthorization(current) ?? (current.origin === first.origin ? basicAuthorization(first) : null);

    const release = await limiter.acquire(hostKey(current.hostname));
    // One deadline for the whole fetch, started once the first request may go.
    deadline ??= AbortSignal.timeout(policy.timeoutMs);
    const signal = deadline;
    const outcome = await requestOnce(agent, {
      url: current,
      userAgent: policy.userAgent,
      authorization,
      etag,
      lastModified,
      maxBytes: policy.maxBytes,
      signal,
      now,
    })
      .catch((error: unknown) =>
        signal.aborted
          ? {
              kind: 'failed' as const,
              ...failure(`no answer within ${formatSeconds(policy.timeoutMs)}`, false),
            }
          : { kind: 'failed' as const, ...networkFailure(error, current.hostname) },
      )
      .finally(release);

    if (outcome.kind !== 'redirect') return { ...outcome, url };
    if (redirects >= policy.maxRedirects) {
      return failed(url, failure(`more than ${policy.maxRedirects} redirects`, false, outcome.status));
    }
    const next = outcome.location === null ? null : parseUrl(outcome.location, current);
    if (!next) {
      const problem = outcome.location === null ? 'without a Location header' : 'to an unreadable Location';
      return failed(url, failure(`HTTP ${outcome.status} redirect ${problem}`, false, outcome.status));
    }
    current = next;
  }
}

export function createFeedFetcher(input: FetchPolicy): FeedFetcher {
  const policy = withDefaults(input);
  const allowed = new Set(policy.allowHosts.map(hostKey));
  const agent = new Agent({ connect: { lookup: pinnedLookup(policy.lookup ?? resolveWithDns, allowed) } });
  const context: Context = {
    policy,
    allowed,
    agent,
    limiter: createHostLimiter(policy.perHostConcurrency, policy.perHostIntervalMs),
  };
  return {
    async fetch(url, validators = {}, now = new Date()) {
      try {
        const etag = validators.etag ?? null;
        return await fetchFollowingRedirects(context, url, etag, validators.lastModified ?? null, now);
      } catch (error) {
        // A bug, not a network problem; still a value, so one bad feed never stops a poll.
        const message = error instanceof Error ? error.message : String(error);
        return failed(url, failure(`unexpected error: ${message}`, false));
      }
    },
    close: () => agent.close(),
  };
}

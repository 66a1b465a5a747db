import { type HeaderSource, retryAfter } from './freshness.js';
import { RefusedAddressError } from './pinned-lookup.js';

/**
 * What went wrong, in words a channel admin can act on, and whether trying again could ever help.
 * Network errors arrive from undici as TypeError('fetch failed') with the real reason in `cause`.
 */

export interface Failure {
  error: string;
  permanent: boolean;
  status: number | null;
  retryAfter: Date | null;
}

export function failure(error: string, permanent: boolean, status: number | null = null): Failure {
  return { error, permanent, status, retryAfter: null };
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'ENODATA', 'EAI_NONAME']);
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/;

const PLAIN_WORDS: Record<string, string> = {
  ECONNREFUSED: 'the server refused the connection',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed',
  UND_ERR_SOCKET: 'the connection was closed unexpectedly',
  ETIMEDOUT: 'could not connect in time',
  UND_ERR_CONNECT_TIMEOUT: 'could not connect in time',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
};

function innermost(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause !== undefined; depth += 1) {
    current = current.cause;
  }
  return current;
}

function findRefusal(error: unknown): RefusedAddressError | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 6; depth += 1) {
    if (current instanceof RefusedAddressError) return current;
    if (current instanceof AggregateError) {
      const inner = current.errors.find((e) => e instanceof RefusedAddressError);
      if (inner) return inner;
    }
    current = current.cause;
  }
  return null;
}

/** A thrown network error as a failure; `hostname` names the host in DNS messages. */
export function networkFailure(error: unknown, hostname: string): Failure {
  const refusal = findRefusal(error);
  if (refusal) return failure(refusal.message, true);
  const cause = innermost(error);
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  if (DNS_CODES.has(code)) return failure(`cannot resolve host ${hostname}`, false);
  const known = PLAIN_WORDS[code];
  if (known) return failure(`${known} (${hostname})`, false);
  if (TLS_CODE.test(code))
    return failure(`the TLS certificate of ${hostname} was not accepted (${code})`, false);
  const message = cause instanceof Error ? cause.message : String(cause);
  return failure(`network error talking to ${hostname}: ${message}`, false);
}

/** "15 s", "0.3 s". */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

const STATUS_WORDS: Record<number, string> = {
  401: 'the feed needs a login',
  403: 'access to the feed is forbidden',
  404: 'no feed at this address',
  410: 'the feed was removed for good',
  429: 'too many requests, asked to slow down',
  503: 'the server is unavailable for now',
};

/** A non-2xx, non-redirect, non-304 answer as a failure. */
export function statusFailure(status: number, headers: HeaderSource, now: Date): Failure {
  const words = STATUS_WORDS[status];
  const error = `HTTP ${status} from the server${words ? `: ${words}` : ''}`;
  const permanent = status === 404 || status === 410;
  const retry = status === 429 || status === 503 ? retryAfter(headers, now) : null;
  return { error, permanent, status, retryAfter: retry };
}

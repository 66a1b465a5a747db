import { type Agent, fetch } from 'undici';
import { failure, statusFailure } from './fetch-errors.js';
import type { PageOutcome } from './fetch-policy.js';
import { freshUntil } from './freshness.js';
import { formatBytes, readBodyWithin } from './read-body.js';
import { displayUrl } from './request-url.js';

/**
 * One request of a fetch: it either finishes the fetch (a body, a 304, a failure) or points elsewhere.
 * Redirects are not followed here: the caller re-checks every Location before going on.
 */

const ACCEPT = [
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json;q=0.9',
  'application/xml;q=0.9',
  'text/xml;q=0.9',
  'text/html;q=0.5',
  '*/*;q=0.1',
].join(', ');

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface HopRequest {
  url: URL;
  userAgent: string;
  authorization: string | null;
  etag: string | null;
  lastModified: string | null;
  maxBytes: number;
  signal: AbortSignal;
  now: Date;
}

export type HopOutcome = { kind: 'redirect'; status: number; location: string | null } | PageOutcome;

function requestHeaders(request: HopRequest): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': request.userAgent,
    accept: ACCEPT,
    'accept-encoding': 'gzip, br, deflate',
  };
  if (request.authorization) headers.authorization = request.authorization;
  if (request.etag) headers['if-none-match'] = request.etag;
  if (request.lastModified) headers['if-modified-since'] = request.lastModified;
  return headers;
}

/** Throws only for network errors and aborts; every HTTP answer becomes an outcome. */
export async function requestOnce(agent: Agent, request: HopRequest): Promise<HopOutcome> {
  const response = await fetch(displayUrl(request.url), {
    dispatcher: agent,
    redirect: 'manual',
    headers: requestHeaders(request),
    signal: request.signal,
  });
  const { status, headers } = response;
  // Anything not read is cancelled, so the connection is not left holding an unread body.
  const discard = () => response.body?.cancel().catch(() => undefined);

  if (REDIRECT_STATUSES.has(status)) {
    await discard();
    return { kind: 'redirect', status, location: headers.get('location') };
  }
  if (status === 304) {
    await discard();
    return { kind: 'not-modified', freshUntil: freshUntil(headers, request.now) };
  }
  if (status < 200 || status > 299) {
    await discard();
    return { kind: 'failed', ...statusFailure(status, headers, request.now) };
  }

  const tooLarge = {
    kind: 'failed',
    ...failure(`the feed is larger than ${formatBytes(request.maxBytes)}`, false, status),
  } as const;
  // Content-Length counts encoded bytes, and decoding hardly ever shrinks a body: refuse before the download.
  if (Number(headers.get('content-length') ?? 0) > request.maxBytes) {
    await discard();
    return tooLarge;
  }
  const read = await readBodyWithin(response.body, request.maxBytes);
  if (read.kind === 'too-large') return tooLarge;
  return {
    kind: 'ok',
    status,
    body: read.body,
    contentType: headers.get('content-type'),
    etag: headers.get('etag'),
    lastModified: headers.get('last-modified'),
    freshUntil: freshUntil(headers, request.now),
  };
}

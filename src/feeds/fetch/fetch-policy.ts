/**
 * The public shape of the feed fetcher: what a caller may tune, what it sends back, and the defaults.
 * Kept apart from the implementation so the poller and its fakes can import types without undici.
 */

import type { Failure } from './fetch-errors.js';

/** One address a host name resolves to, as node:dns gives it. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has. Injectable so tests never touch real DNS. */
export type ResolveHost = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface FetchPolicy {
  /** e.g. "newsbrief/0.1 (+mailto:ops@example.org)"; the caller builds it. */
  userAgent: string;
  /** Host names or IP literals exempt from the private-address refusal (exact, case-insensitive). */
  allowHosts: readonly string[];
  /** Whole request, body and redirects included. Default 15 000. */
  timeoutMs?: number;
  /** Largest decoded body accepted. Default 5 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Requests in flight at once to one host name. Default 2. */
  perHostConcurrency?: number;
  /** Least time between two request starts to one host name. Default 500. */
  perHostIntervalMs?: number;
  /** DNS resolution; node:dns lookup by default. */
  lookup?: ResolveHost;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

/** What a request came to once redirects are behind it: the page, "not modified", or why not. */
export type PageOutcome =
  | {
      kind: 'ok';
      status: number;
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      freshUntil: Date | null;
    }
  | { kind: 'not-modified'; freshUntil: Date | null }
  | ({ kind: 'failed' } & Failure);

/** A fetch's outcome, with the address it ended at. */
export type FetchResult = PageOutcome & { url: string };

export interface FeedFetcher {
  /** Never throws for a network or HTTP problem: every outcome is a FetchResult. */
  fetch(url: string, validators?: Validators, now?: Date): Promise<FetchResult>;
  close(): Promise<void>;
}

export interface ResolvedPolicy {
  userAgent: string;
  allowHosts: readonly string[];
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  perHostConcurrency: number;
  perHostIntervalMs: number;
  lookup: ResolveHost | undefined;
}

export function withDefaults(policy: FetchPolicy): ResolvedPolicy {
  return {
    userAgent: policy.userAgent,
    allowHosts: policy.allowHosts,
    timeoutMs: policy.timeoutMs ?? 15_000,
    maxBytes: policy.maxBytes ?? 5 * 1024 * 1024,
    maxRedirects: policy.maxRedirects ?? 5,
    perHostConcurrency: Math.max(1, policy.perHostConcurrency ?? 2),
    perHostIntervalMs: Math.max(0, policy.perHostIntervalMs ?? 500),
    lookup: policy.lookup,
  };
}

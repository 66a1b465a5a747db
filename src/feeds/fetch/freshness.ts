/**
 * Dates a response's headers promise: how long the body stays fresh, and when a busy server wants to be
 * asked again. Both are capped, so one odd header cannot park a feed for a year.
 */

const HOUR_MS = 60 * 60 * 1000;
const FRESHNESS_CAP_MS = HOUR_MS;
const RETRY_CAP_MS = 24 * HOUR_MS;

export interface HeaderSource {
  get(name: string): string | null;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** Directive names in lower case, with their values (quotes dropped) or '' for a bare directive. */
function cacheDirectives(header: string | null): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', value = ''] = part.split('=', 2).map((s) => s.trim());
    if (name) directives.set(name.toLowerCase(), value.replace(/^"|"$/g, ''));
  }
  return directives;
}

function seconds(value: string | undefined | null): number | null {
  return value && /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
}

/**
 * How far an absolute server date lies in the future, measured against the server's own Date header
 * when it sent one: a server whose clock is off still means "in half an hour".
 */
function msUntil(dateValue: string, headers: HeaderSource, now: Date): number | null {
  // HTTP dates always name a month; without this, Date.parse reads "Expires: 0" as the year 2000.
  if (!/[a-z]/i.test(dateValue)) return null;
  const at = Date.parse(dateValue);
  if (Number.isNaN(at)) return null;
  const serverNow = Date.parse(headers.get('date') ?? '');
  return at - (Number.isNaN(serverNow) ? now.getTime() : serverNow);
}

/** From Cache-Control max-age, else Expires; null when neither says anything or caching is refused. */
export function freshUntil(headers: HeaderSource, now: Date): Date | null {
  const directives = cacheDirectives(headers.get('cache-control'));
  if (directives.has('no-store') || directives.has('no-cache')) return null;
  const maxAge = seconds(directives.get('max-age'));
  const expires = headers.get('expires');
  const lifetimeMs =
    maxAge !== null ? maxAge * 1000 : expires !== null ? msUntil(expires, headers, now) : null;
  if (lifetimeMs === null) return null;
  return new Date(now.getTime() + clamp(lifetimeMs, 0, FRESHNESS_CAP_MS));
}

/** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
export function retryAfter(headers: HeaderSource, now: Date): Date | null {
  const value = headers.get('retry-after');
  if (value === null) return null;
  const delaySeconds = seconds(value);
  const delayMs = delaySeconds !== null ? delaySeconds * 1000 : msUntil(value, headers, now);
  if (delayMs === null) return null;
  return new Date(now.getTime() + clamp(delayMs, 0, RETRY_CAP_MS));
}

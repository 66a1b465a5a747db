/**
 * URLs as the fetcher handles them: only http and https, credentials lifted out of the URL into a Basic
 * Authorization header (undici refuses URLs that carry them), and never shown in a message.
 */

export const SCHEME_REFUSAL = 'only http and https feeds can be fetched';

export function isFetchableScheme(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

export function parseUrl(text: string, base?: URL): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}

/** The URL without user:password@, for messages and logs. */
export function displayUrl(url: URL): string {
  if (!url.username && !url.password) return url.href;
  const shown = new URL(url.href);
  shown.username = '';
  shown.password = '';
  return shown.href;
}

/** The Basic credentials a URL carries, as an Authorization header value, or null. */
export function basicAuthorization(url: URL): string | null {
  if (!url.username && !url.password) return null;
  const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}

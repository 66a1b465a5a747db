/** A feed URL a user typed is not a URL we can poll; the message says what to type. */
export class FeedUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedUrlError';
  }
}

/**
 * The feed's identity: the URL with scheme and host lower-cased and the fragment dropped, so that one feed
 * typed two ways is one feed. Credentials in a URL are refused: they would end up in logs and messages.
 */
export function normalizeFeedUrl(typed: string): string {
  const text = typed.trim().replace(/^<(.+)>$/, '$1'); // Slack wraps links in <…>
  if (!URL.canParse(text)) {
    throw new FeedUrlError(
      `"${typed.slice(0, 200)}" is not a URL; give the feed's full address, e.g. https://example.com/feed.xml`,
    );
  }
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedUrlError(`only http:// and https:// feeds can be followed, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new FeedUrlError(
      'a feed URL with a user name or password cannot be followed; use a public feed URL',
    );
  }
  url.hash = '';
  return url.toString();
}

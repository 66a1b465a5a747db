import { feedUserAgent } from '../feeds/feed-user-agent.js';
import { createFeedFetcher } from '../feeds/fetch/feed-fetcher.js';
import type { FeedFetcher } from '../feeds/fetch/fetch-policy.js';
import { decodeFeedBody } from '../feeds/parse/decode-body.js';
import { type ArticleInput, IngestError } from '../ingest/article-input.js';
import { readHtml } from '../ingest/inputs/read-html.js';
import type { CliIo } from './cli-io.js';

/** An argument that names a web address rather than a file: "https://…", "http://…", "ftp://…". */
export function isWebAddress(argument: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(argument);
}

/**
 * The web fetcher `ingest URL` uses: the feeds' own, with the same safety rules (public addresses only
 * unless FEEDS_ALLOW_HOSTS names the host, bounded time and size, every redirect checked) and User-Agent.
 */
export function webFetcher(io: CliIo): FeedFetcher {
  const feeds = io.feeds?.ok ? io.feeds.value : { allowHosts: [], contact: null };
  return createFeedFetcher({ userAgent: feedUserAgent(feeds.contact), allowHosts: feeds.allowHosts });
}

/** A web page's article, read with Readability as an HTML file is, or why it cannot be one. */
export async function readWebArticle(url: string, fetcher: FeedFetcher): Promise<ArticleInput | IngestError> {
  if (!/^https?:\/\//i.test(url))
    return new IngestError(url, 'only http:// and https:// addresses can be fetched');
  const page = await fetcher.fetch(url);
  if (page.kind === 'failed') return new IngestError(url, `could not be fetched: ${page.error}`);
  if (page.kind !== 'ok') return new IngestError(url, 'could not be fetched: the server sent no page');
  try {
    const article = readHtml(url, decodeFeedBody(page.body, page.contentType));
    return { ...article, url: article.url ?? page.url };
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
}

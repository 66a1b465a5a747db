import { IngestError } from '../../ingest/article-input.js';
import { readHtml } from '../../ingest/inputs/read-html.js';
import type { FeedItem } from './feed-item.js';
import { htmlToText } from './html-text.js';

/**
 * The item's article as plain text, paragraphs separated by blank lines: its full text when the feed
 * carries it, else its summary (isSummary, so a brief can say it was made from a summary), else null.
 */
export function itemArticleText(item: FeedItem): { text: string; isSummary: boolean } | null {
  const full = item.contentHtml ? htmlToText(item.contentHtml) : '';
  if (full) return { text: full, isSummary: false };
  return item.summary ? { text: item.summary, isSummary: true } : null;
}

/**
 * A fetched web page's article (Readability over the page, as the ingest reads any HTML page), or null
 * when the page holds none: an index, a login wall, too few words, not English.
 */
export function pageArticleText(html: string, url: string): { title: string | null; text: string } | null {
  try {
    const article = readHtml(url, html);
    return { title: article.title ?? null, text: article.text };
  } catch (error) {
    if (error instanceof IngestError) return null;
    throw error;
  }
}

import type { JsonFeed } from 'feedsmith';
import { toHttpUrl } from '../../ingest/inputs/normalize-url.js';
import { textToHtml } from './html-text.js';
import { plainText, present, type RawFeed } from './raw-feed.js';

/** JSON Feed 1.0 and 1.1 (feedsmith reads 1.0's single `author` into `authors`). */
export function mapJson(feed: JsonFeed.Feed<string>): RawFeed {
  const link = toHttpUrl(present(feed.home_page_url)) ?? toHttpUrl(present(feed.feed_url)) ?? null;
  const feedAuthor = present(feed.authors?.[0]?.name);
  return {
    format: 'json',
    title: plainText(feed.title),
    link,
    items: (feed.items ?? []).map((item) => {
      const text = present(item.content_text);
      return {
        id: present(item.id),
        title: plainText(item.title),
        link: present(item.url) ?? present(item.external_url),
        base: link,
        date: present(item.date_published) ?? present(item.date_modified),
        author: present(item.authors?.[0]?.name) ?? feedAuthor,
        contentHtml: present(item.content_html) ?? (text === null ? null : textToHtml(text)),
        summary: plainText(item.summary),
      };
    }),
  };
}

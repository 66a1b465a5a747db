import type { RdfFeed, RssFeed } from 'feedsmith';
import { toHttpUrl } from '../../ingest/inputs/normalize-url.js';
import { htmlText, present, type RawFeed, type RawItem, resolveBase } from './raw-feed.js';

/** RSS 0.9x and 2.0. RSS text is HTML in practice, whatever the spec says of titles. */
export function mapRss(feed: RssFeed.Feed<string>): RawFeed {
  const base = resolveBase(feed.xml?.base, null);
  const link = toHttpUrl(present(feed.link), base ?? undefined) ?? null;
  return {
    format: 'rss',
    title: htmlText(feed.title),
    link,
    items: (feed.items ?? []).map((item) => rssItem(item, resolveBase(item.xml?.base, base ?? link))),
  };
}

function rssItem(item: RssFeed.Item<string>, base: string | null): RawItem {
  const guid = present(item.guid?.value);
  // A guid is the item's permalink unless it says isPermaLink="false".
  const guidLink = guid && item.guid?.isPermaLink !== false && /^https?:\/\//i.test(guid) ? guid : null;
  const author = item.authors?.[0];
  return {
    id: guid,
    title: htmlText(item.title),
    link: present(item.link) ?? guidLink,
    base,
    date: present(item.pubDate) ?? present(item.dc?.dates?.[0]),
    author: present(author?.name) ?? present(author?.email) ?? present(item.dc?.creators?.[0]),
    contentHtml: present(item.content?.encoded),
    summary: htmlText(item.description),
  };
}

/** RDF Site Summary (RSS 0.9 and 1.0): RSS without guids or dates of its own, Dublin Core filling in. */
export function mapRdf(feed: RdfFeed.Feed<string>): RawFeed {
  const base = resolveBase(feed.xml?.base, null);
  const link = toHttpUrl(present(feed.link), base ?? undefined) ?? null;
  return {
    format: 'rdf',
    title: htmlText(feed.title),
    link,
    items: (feed.items ?? []).map((item) => ({
      id: null,
      title: htmlText(item.title),
      link: present(item.link) ?? present(item.rdf?.about),
      base: resolveBase(item.xml?.base, base ?? link),
      date: present(item.dc?.dates?.[0]),
      author: present(item.dc?.creators?.[0]),
      contentHtml: present(item.content?.encoded),
      summary: htmlText(item.description),
    })),
  };
}

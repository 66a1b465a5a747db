/** One item of a feed, read the same way whatever the feed's format. */
export interface FeedItem {
  /** Identity within the feed: the guid or id when present, else the canonical link, else title|date. */
  key: string;
  /** Plain text on one line. */
  title: string | null;
  /** Absolute http(s) URL. */
  link: string | null;
  /** ISO 8601 UTC. */
  published: string | null;
  author: string | null;
  /** The full text when the feed carries it. */
  contentHtml: string | null;
  /** Plain text, paragraphs separated by blank lines. */
  summary: string | null;
  /** SHA-256 hex of title, link and text: changes when the item's content changes. */
  contentHash: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

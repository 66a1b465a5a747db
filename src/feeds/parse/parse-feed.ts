import { type AnyFeed, parseFeed } from 'feedsmith';
import { buildItem, line } from './build-item.js';
import { decodeFeedBody } from './decode-body.js';
import type { FeedItem, ParsedFeed } from './feed-item.js';
import { mapAtom } from './map-atom.js';
import { mapJson } from './map-json.js';
import { mapRdf, mapRss } from './map-rss.js';
import { describeBody, looksLikeHtml, NotAFeedError } from './not-a-feed.js';
import type { RawFeed } from './raw-feed.js';

export { canonicalLink } from './canonical-link.js';
export type { FeedItem, ParsedFeed } from './feed-item.js';
export { itemMatches } from './item-matches.js';
export { NotAFeedError } from './not-a-feed.js';

/**
 * A fetched feed's body → its items, whichever of RSS, Atom, RDF or JSON Feed it is. Lenient as readers
 * must be: items without guid, link or date are kept, bad dates become null, a repeated item counts once.
 * Throws NotAFeedError, saying what the body was instead, when it is no feed at all.
 */
export function parseFeedBody(body: Uint8Array, contentType: string | null): ParsedFeed {
  const raw = readRawFeed(decodeFeedBody(body, contentType).trim(), contentType);
  const items = new Map<string, FeedItem>();
  for (const rawItem of raw.items) {
    const item = buildItem(rawItem);
    if (item && !items.has(item.key)) items.set(item.key, item);
  }
  return { format: raw.format, title: line(raw.title), link: raw.link, items: [...items.values()] };
}

function readRawFeed(text: string, contentType: string | null): RawFeed {
  if (text === '') throw new NotAFeedError('the URL returned an empty body, not a feed');
  const isJson = text.startsWith('{') || (/\bjson\b/i.test(contentType ?? '') && !text.startsWith('<'));
  if (isJson) return mapJson(readJsonFeed(text));
  if (looksLikeHtml(text)) {
    throw new NotAFeedError(
      "the URL returned an HTML page, not a feed; use the feed's own URL (the page may name it in a " +
        '<link rel="alternate" type="application/rss+xml">)',
    );
  }
  const parsed = tryParse(text);
  if (!parsed)
    throw new NotAFeedError(`the URL returned ${describeBody(text)}, not an RSS, Atom or JSON feed`);
  switch (parsed.format) {
    case 'rss':
      return mapRss(parsed.feed);
    case 'atom':
      return mapAtom(parsed.feed);
    case 'rdf':
      return mapRdf(parsed.feed);
    case 'json':
      return mapJson(parsed.feed);
  }
}

function readJsonFeed(text: string) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new NotAFeedError(
      `the URL returned JSON that does not parse (${(error as Error).message}), not a feed`,
    );
  }
  const parsed = tryParse(value);
  if (parsed?.format !== 'json') {
    throw new NotAFeedError('the URL returned JSON, but not a JSON Feed (no "items" list of feed items)');
  }
  return parsed.feed;
}

/** feedsmith's reading, or undefined when it recognises no feed (it throws for that). */
function tryParse(value: unknown): AnyFeed<string> | undefined {
  try {
    return parseFeed<string>(value);
  } catch {
    return undefined;
  }
}

import { generateOpml, type Opml, parseOpml } from 'feedsmith';
import { describeBody, skipProlog } from './not-a-feed.js';

export interface OpmlFeed {
  url: string;
  title: string | null;
}

type Outline = Opml.Outline<string>;

/**
 * Every feed an OPML file lists (each outline with an xmlUrl, at any depth: readers group feeds in
 * folders). Throws an Error saying what the text is instead when it is not OPML.
 */
export function readOpml(text: string): OpmlFeed[] {
  let document: Opml.Document<string>;
  try {
    document = parseOpml(text);
  } catch {
    // feedsmith refuses an OPML file whose body is empty; it lists no feeds, which is no error.
    if (/^<opml[\s>]/i.test(skipProlog(text)) && !/<outline[\s>/]/i.test(text)) return [];
    throw new Error(
      `not an OPML file: it is ${describeBody(text)}; export the feed list as OPML and try again`,
    );
  }
  return (document.body?.outlines ?? []).flatMap(feedsOf);
}

function feedsOf(outline: Outline): OpmlFeed[] {
  const url = outline.xmlUrl?.trim();
  const title = (outline.title ?? outline.text)?.replace(/\s+/g, ' ').trim();
  // A title that only repeats the URL (what writeOpml writes for an untitled feed) is no title.
  const own = url ? [{ url, title: title && title !== url ? title : null }] : [];
  return [...own, ...(outline.outlines ?? []).flatMap(feedsOf)];
}

/** An OPML 2.0 file listing the feeds, for importing into a feed reader (or back into newsbrief). */
export function writeOpml(feeds: readonly OpmlFeed[], title: string): string {
  const outlines: Outline[] = feeds.map((feed) => ({
    text: feed.title ?? feed.url,
    ...(feed.title ? { title: feed.title } : {}),
    type: 'rss',
    xmlUrl: feed.url,
  }));
  // OPML 2.0 wants at least one outline in the body (and feedsmith writes none without one).
  if (outlines.length === 0) outlines.push({ text: 'No feeds' });
  return generateOpml({ head: { title }, body: { outlines } });
}

import type { AtomFeed } from 'feedsmith';
import { toHttpUrl } from '../../ingest/inputs/normalize-url.js';
import { textToHtml } from './html-text.js';
import { type FeedText, present, type RawFeed, resolveBase } from './raw-feed.js';

type Entry = AtomFeed.Entry<string>;

/** Atom 0.3 and 1.0: xml:base on the feed and on each entry scopes relative links. */
export function mapAtom(feed: AtomFeed.Feed<string>): RawFeed {
  const base = resolveBase(feed.xml?.base, null);
  const link = toHttpUrl(alternateLink(feed.links), base ?? undefined) ?? null;
  const feedAuthor = present(feed.authors?.[0]?.name);
  return {
    format: 'atom',
    title: atomText(feed.title),
    link,
    items: (feed.entries ?? []).map((entry: Entry) => ({
      id: present(entry.id),
      title: atomText(entry.title),
      link: alternateLink(entry.links),
      base: resolveBase(entry.xml?.base, base ?? link),
      date: present(entry.published) ?? present(entry.updated) ?? present(entry.dc?.dates?.[0]),
      // An entry without an author has the feed's (RFC 4287 §4.2.1).
      author: present(entry.authors?.[0]?.name) ?? present(entry.dc?.creators?.[0]) ?? feedAuthor,
      contentHtml: contentHtml(entry.content),
      summary: atomText(entry.summary),
    })),
  };
}

/** The page a feed or entry points at: rel="alternate" (the default), preferring an HTML one. */
function alternateLink(links: AtomFeed.Link<string>[] | undefined): string | null {
  const alternates = (links ?? []).filter((link) => (link.rel ?? 'alternate') === 'alternate');
  const html = alternates.find((link) => !link.type || /html/i.test(link.type));
  return present((html ?? alternates[0])?.href);
}

function isHtmlType(type: string | undefined): boolean {
  return type === 'html' || type === 'xhtml' || /^(text\/html|application\/xhtml\+xml)/i.test(type ?? '');
}

/** Atom says which texts are HTML: type="html" or "xhtml"; text is the default. */
function atomText(text: AtomFeed.Text | undefined): FeedText | null {
  const value = present(text?.value);
  return value === null ? null : { value, html: isHtmlType(text?.type) };
}

/** HTML content as it is, plain text as paragraphs; content elsewhere (src=) or binary is no text. */
function contentHtml(content: AtomFeed.Content | undefined): string | null {
  const value = present(content?.value);
  if (value === null || present(content?.src) !== null) return null;
  if (isHtmlType(content?.type)) return value;
  const type = content?.type ?? 'text';
  return type === 'text' || type.startsWith('text/') ? textToHtml(value) : null;
}

import { createHash } from 'node:crypto';
import { normalizeText } from '../../ingest/inputs/normalize-text.js';
import { toHttpUrl } from '../../ingest/inputs/normalize-url.js';
import { canonicalLink } from './canonical-link.js';
import { toUtcIso } from './feed-date.js';
import type { FeedItem } from './feed-item.js';
import { htmlToLine, htmlToText } from './html-text.js';
import type { FeedText, RawItem } from './raw-feed.js';

/** A raw item cleaned into a FeedItem; null when it has nothing to show (no title, link or text). */
export function buildItem(raw: RawItem): FeedItem | null {
  const title = line(raw.title);
  const link = toHttpUrl(raw.link, raw.base ?? undefined) ?? null;
  const summary = paragraphs(raw.summary);
  const contentText = raw.contentHtml ? htmlToText(raw.contentHtml) : '';
  if (!title && !link && !contentText && !summary) return null;
  const published = toUtcIso(raw.date);
  const contentHash = sha256([title ?? '', link ?? '', contentText || summary || ''].join('\u001f'));
  return {
    key: itemKey(raw.id, link, title, published, contentHash),
    title,
    link,
    published,
    author: raw.author?.replace(/\s+/g, ' ') ?? null,
    contentHtml: contentText ? raw.contentHtml : null,
    summary,
    contentHash,
  };
}

function itemKey(
  id: string | null,
  link: string | null,
  title: string | null,
  published: string | null,
  contentHash: string,
): string {
  if (id) return id;
  if (link) return canonicalLink(link);
  if (title) return `${title}|${published ?? ''}`;
  // Only text to go by: items without title or link are otherwise one key and all but the first lost.
  return `sha256:${contentHash}`;
}

/** Feed text as one line of plain text (titles). */
export function line(text: FeedText | null): string | null {
  if (!text) return null;
  return (text.html ? htmlToLine(text.value) : text.value.replace(/\s+/g, ' ').trim()) || null;
}

function paragraphs(text: FeedText | null): string | null {
  if (!text) return null;
  return (text.html ? htmlToText(text.value) : normalizeText(text.value.trim())) || null;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

import { toHttpUrl } from '../../ingest/inputs/normalize-url.js';

/**
 * A feed as each format's mapper reads it from feedsmith's output, before the text is cleaned and the
 * links resolved: the one shape the four formats meet in, so the cleaning is written once.
 */
export interface RawFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: FeedText | null;
  /** Absolute already: the base every item's relative links resolve against when it has none closer. */
  link: string | null;
  items: RawItem[];
}

export interface RawItem {
  id: string | null;
  title: FeedText | null;
  /** As written: relative links resolve against `base`. */
  link: string | null;
  base: string | null;
  /** Any date string the format has; parsed later, so one reader handles them all. */
  date: string | null;
  author: string | null;
  contentHtml: string | null;
  summary: FeedText | null;
}

/** Text that is HTML (RSS titles and descriptions, Atom type="html") or plain (JSON Feed, Atom type="text"). */
export interface FeedText {
  value: string;
  html: boolean;
}

/** The value when it has any non-space character, else null: feeds write empty elements freely. */
export function present(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function htmlText(value: unknown): FeedText | null {
  const text = present(value);
  return text === null ? null : { value: text, html: true };
}

export function plainText(value: unknown): FeedText | null {
  const text = present(value);
  return text === null ? null : { value: text, html: false };
}

/** An xml:base, resolved against the enclosing one; absolute http(s) or null. */
export function resolveBase(base: unknown, outer: string | null): string | null {
  return toHttpUrl(present(base), outer ?? undefined) ?? outer;
}

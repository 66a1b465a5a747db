import { type HeaderFields, readByLine } from './bylines.js';
import { findWrittenDate } from './written-date.js';

/** What the lines above an article can tell: its bylines' fields plus a title and a publication date. */
export interface Header extends HeaderFields {
  title?: string | undefined;
  published?: string | undefined;
  /** A date labelled "Updated" or "Last modified": the article's date only when no other is given. */
  updated?: string | undefined;
}

const LABEL =
  /(?:^|\s)(original title|title|headline|first published|published|posted|last updated|last modified|updated|date|author|source|outlet|dateline)\s*:\s*|^date\s+(?=\d{4}-\d\d-\d\d)/gi;

const PUBLISHED_LABELS = new Set(['published', 'first published', 'posted', 'date']);
const UPDATED_LABELS = new Set(['updated', 'last updated', 'last modified']);

/**
 * A line of labelled fields: "Title: …", "Published: 22 August 2022", or several in a row as in
 * "date 2022-08-22 Original title: …". Undefined when the line does not start with a label.
 */
export function readLabelledLine(line: string): Header | undefined {
  const labels = [...line.matchAll(LABEL)];
  if (labels[0]?.index !== 0) return undefined;
  const header: Header = {};
  labels.forEach((label, i) => {
    const value = line.slice(label.index + label[0].length, labels[i + 1]?.index ?? line.length).trim();
    const name = (label[1] ?? 'date').toLowerCase();
    if (!value) return;
    if (name === 'title' || name === 'headline') header.title = value;
    else if (name === 'original title') header.title ??= value;
    else if (PUBLISHED_LABELS.has(name)) header.published ??= readDate(value);
    else if (UPDATED_LABELS.has(name)) header.updated ??= readDate(value);
    else if (name === 'author') header.author = value;
    else if (name === 'source' || name === 'outlet') header.outlet = value;
    else if (name === 'dateline') header.dateline = value;
  });
  return header;
}

/**
 * The header DailyMail copy carries in the CNN/DailyMail corpus, run into the first sentence:
 * "By . Jane Doe . PUBLISHED: . 07:47 EST, 8 January 2014 . | . UPDATED: . 09:09 EST, 8 January 2014 . "
 * (or "Last updated at 3:04 PM on 24th October 2011 . "). Returns the fields and the header's length.
 */
export function readDailyMailHeader(text: string): { header: Header; length: number } | undefined {
  const header: Header = {};
  let at = 0;
  for (let progress = true; progress; ) {
    progress = false;
    for (const part of DAILY_MAIL_PARTS) {
      part.pattern.lastIndex = at;
      const match = part.pattern.exec(text);
      if (!match) continue;
      part.read(match, header);
      at = part.pattern.lastIndex;
      progress = true;
    }
  }
  return at > 0 ? { header, length: at } : undefined;
}

const DAILY_MAIL_PARTS: { pattern: RegExp; read: (match: RegExpExecArray, header: Header) => void }[] = [
  {
    pattern: /By\s+\.\s+(.+?)\s+\.\s+/y,
    read: (match, header) =>
      Object.assign(header, readByLine(`By ${(match[1] as string).replace(/\s+\.\s+/g, ' ')}`)),
  },
  { pattern: /Follow\s+@@?\w+\s+\.\s+/y, read: () => {} },
  {
    pattern: /(PUBLISHED|UPDATED):\s+\.\s+([^.|]+?)\s+\.\s+(?:\|\s+\.\s+)?/y,
    read: (match, header) => {
      const date = readDate(match[2] as string);
      if (match[1] === 'UPDATED') header.updated ??= date;
      else header.published ??= date;
    },
  },
  {
    pattern: /Last updated at\s+(.+?)\s+\.\s+/y,
    read: (match, header) => {
      header.updated ??= readDate(match[1] as string);
    },
  },
];

/**
 * A written date ("2022-08-22", "22 August 2022", "12:34 EST, 15 January 2014") as YYYY-MM-DD; undefined
 * without a day, a month and a four-digit year ("2 hours ago" is not a date of an article).
 */
export function readDate(value: string): string | undefined {
  return findWrittenDate(value)?.date;
}

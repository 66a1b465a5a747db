import { type HeaderFields, readByLine, readDateline, readReporterLine, readSignature } from './bylines.js';
import { ENDS_SENTENCE } from './find-paragraphs.js';
import { readHeaderLine } from './header-dates.js';
import { type Header, readDailyMailHeader, readLabelledLine } from './header-fields.js';
import type { Span } from './spans.js';

export interface ArticleMetadata extends Header {
  /** The article text without the lines that only carried metadata. */
  body: string;
}

/** Metadata sits in the first few lines; further down, a line that looks like a byline is article text. */
const HEADER_LINES = 8;

/**
 * Reads an article's metadata from its text when no fields came with it: a headline (a short first line
 * without final punctuation), labelled lines ("Original title: …", "Published: …", "date 2022-08-22"),
 * bylines, date lines ("By AP | March 25, 2023", "Published March 25, 2023 at 1:16 p.m.") and
 * datelines. Lines that only carry metadata leave the body; a reporter line such as "X reporter Jane Doe
 * reports from Chongqing" and a dateline stay, because they are citable text. The article's date comes
 * from these lines only, never from a date the story mentions; a "Published" date wins over an
 * "Updated" one, which is used only when it is the only date given.
 */
export function readMetadata(text: string): ArticleMetadata {
  const source = text.replace(/\r\n?/g, '\n');
  const found: Header = {};
  const cuts: Span[] = [];
  let keptAny = false;
  let inBody = false;
  for (const line of leadingLines(source).slice(0, HEADER_LINES)) {
    if (inBody) {
      // A standfirst may come before the byline and date: a line that is clearly one is still cut.
      const late = readLateHeaderLine(line.text);
      if (late) {
        merge(found, late);
        cuts.push({ start: line.start, end: line.next });
      }
      continue;
    }
    const reading = readLine(line, source.length, found, keptAny);
    merge(found, reading.fields);
    if (reading.kind === 'metadata') cuts.push({ start: line.start, end: line.next });
    if (reading.kind === 'prefix') cuts.push({ start: line.start, end: line.start + reading.length });
    if (reading.kind === 'prefix') break;
    inBody = reading.kind === 'text';
    keptAny ||= reading.kind === 'citable';
  }
  const { updated, ...fields } = found;
  const published = fields.published ?? updated;
  return { ...fields, ...(published ? { published } : {}), body: cleanBody(cutOut(source, cuts)) };
}

type Reading =
  | { kind: 'metadata' | 'citable' | 'text'; fields: Header }
  | { kind: 'prefix'; fields: Header; length: number };

/** What one of the first lines is: metadata only, citable metadata, a metadata prefix, or article text. */
function readLine(line: Line, textLength: number, found: Header, keptAny: boolean): Reading {
  const fields = readLabelledLine(line.text) ?? readByLine(line.text) ?? readSignature(line.text);
  if (fields) return { kind: 'metadata', fields };
  const reporter = readReporterLine(line.text);
  if (reporter) return { kind: 'citable', fields: reporter };
  const dailyMail = readDailyMailHeader(line.text);
  if (dailyMail) return { kind: 'prefix', fields: dailyMail.header, length: dailyMail.length };
  const header = readHeaderLine(line.text);
  if (header) return { kind: 'metadata', fields: header };
  if (!keptAny && isHeadline(line.text, line.next < textLength, found.title)) {
    return { kind: 'metadata', fields: { title: line.text } };
  }
  return { kind: 'text', fields: readDateline(line.text) ?? {} };
}

function isHeadline(line: string, moreFollows: boolean, title: string | undefined): boolean {
  if (!moreFollows || ENDS_SENTENCE.test(line) || /[,:;]$/.test(line) || readDateline(line)) return false;
  if (line.length > 200 || line.split(/\s+/).length > 25) return false;
  return title === undefined || title.toLowerCase() === line.toLowerCase();
}

/**
 * Below the first line of text, only a line that is unmistakably a header is metadata: a byline, or a
 * date with a byline or a label beside it ("By Jane Doe | March 25, 2023", "Published March 25, 2023").
 * A date alone there may be the story's own ("March 3, 2021" heading a timeline).
 */
function readLateHeaderLine(line: string): Header | undefined {
  const header = readHeaderLine(line);
  const dated = header?.published || header?.updated;
  if (dated && (header.author || header.outlet || DATE_LABEL.test(line))) return header;
  return readByLine(line);
}

const DATE_LABEL = /^(?:.*\s)?(?:published|updated|posted|modified)\b/i;

/** The first reading of a field wins: a byline above the text says more than a credit in its dateline. */
function merge(into: Header, from: Header & HeaderFields): void {
  for (const key of ['title', 'published', 'updated', 'author', 'outlet', 'dateline'] as const) {
    const value = from[key];
    if (value && !into[key]) into[key] = value;
  }
}

interface Line extends Span {
  text: string;
  /** Where the next non-blank line begins (or the end of the text). */
  next: number;
}

/** The first lines, one more than are read, so that the last one read knows where the next begins. */
function leadingLines(source: string): Line[] {
  const lines: Line[] = [];
  for (const match of source.matchAll(/[^\n]*\S[^\n]*/g)) {
    if (lines.length > HEADER_LINES) break;
    const previous = lines.at(-1);
    if (previous) previous.next = match.index;
    const start = match.index + (match[0].length - match[0].trimStart().length);
    lines.push({ start, end: match.index + match[0].length, text: match[0].trim(), next: source.length });
  }
  return lines;
}

function cutOut(source: string, cuts: Span[]): string {
  let body = '';
  let at = 0;
  for (const cut of cuts) {
    body += source.slice(at, cut.start);
    at = cut.end;
  }
  return body + source.slice(at);
}

/** "Scroll down for video" is page furniture the CNN/DailyMail corpus left inside the text. */
function cleanBody(body: string): string {
  return body.replace(/(?<=^|\s)Scroll down for videos?\s*\.?\s*/gim, '').trim();
}

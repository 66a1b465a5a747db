import { type HeaderFields, readByLine } from './bylines.js';
import type { Header } from './header-fields.js';
import { findWrittenDate } from './written-date.js';

/**
 * A byline or date line above an article, in the shapes agencies and newspapers print them:
 * "By Associated Press | March 25, 2023", "Published March 25, 2023 at 1:16 p.m.",
 * "March 25, 2023 / 9:00 AM / Updated 2 hours ago", "By Jane Doe, Reuters | Published: 25/03/2023",
 * "PUBLISHED: 12:01 EST, 3 April 2015 | UPDATED: 14:22 EST, 3 April 2015",
 * "Last modified on Sat 25 Mar 2023 13.16 GMT", "Posted on March 25, 2023 by Jane Doe".
 *
 * The line is cut into parts at "|", "·", "•", a spaced "/" or dash, and before each "Published",
 * "Updated", "Posted" or "Last modified"; every part must be a byline, a (labelled) date, a time, or
 * page furniture ("Updated 2 hours ago", "3 min read"), else the line is article text and undefined is
 * returned. A date labelled "Updated" or "Last modified" is `updated`; any other is `published`.
 */
export function readHeaderLine(line: string): Header | undefined {
  if (line.length > MAX_LINE) return undefined;
  const parts = line
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  const readings: Part[] = [];
  let pendingLabel: Role | undefined;
  for (const part of parts) {
    const reading = readPart(part, line, pendingLabel);
    if (!reading) return undefined;
    pendingLabel = reading.labelOnly;
    readings.push(reading);
  }
  const dated = readings.some((r) => r.date);
  // A line of bare names ("Jane Doe | Reuters") is a header only when a date stands beside them.
  if (!dated && (readings.some((r) => r.bare) || !readings.some((r) => r.labelled || r.byline))) {
    return undefined;
  }
  const header: Header = {};
  for (const reading of readings) {
    if (reading.date && reading.role === 'updated') header.updated ??= reading.date;
    else if (reading.date) header.published ??= reading.date;
    for (const key of ['author', 'outlet'] as const) {
      const value = reading.fields?.[key];
      if (value) header[key] ??= value;
    }
  }
  return header;
}

type Role = 'published' | 'updated';

interface Part {
  date?: string;
  role?: Role;
  fields?: HeaderFields;
  /** It began with a label such as "Published" or "Updated". */
  labelled?: boolean;
  /** It was a "By …" byline. */
  byline?: boolean;
  /** It was a name or outlet without "By". */
  bare?: boolean;
  /** It was only a label ("PUBLISHED:"): the next part holds its date. */
  labelOnly?: Role;
}

const MAX_LINE = 200;
const LABEL_WORDS = String.raw`(?:first\s+)?(?:published|posted|updated|last\s+(?:modified|updated)|modified)`;
const SEPARATOR = new RegExp(
  String.raw`\s*[|·•]\s*|\s+[/—–-]\s+|(?<!\b(?:last|first))\s+(?=${LABEL_WORDS}\b)`,
  'i',
);
const LABEL = new RegExp(String.raw`^(${LABEL_WORDS}|date[d]?)\b(?:\s+(?:at|on))?\s*:?\s*`, 'i');
const TIME = /\b\d{1,2}(?:[:.]\d{2}){1,2}(?:\s*[ap]\.?\s?m\b\.?)?|\b\d{1,2}\s*[ap]\.?\s?m\b\.?/gi;
const HAS_TIME = new RegExp(TIME.source, 'i');
const ZONE = /\b(?:UTC|GMT)(?:\s*[+−-]\s*\d{1,2}(?::?\d{2})?)?|\b[A-Z]{1,4}T\b|\bZ\b/g;
/** Page furniture that dates nothing: "2 hours ago", "just now", "3 min read". */
const FURNITURE =
  /^(?:(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\.?\s+ago|just now|\d+\s+min(?:ute)?s?\s+read)$/i;

function readPart(part: string, line: string, pendingLabel: Role | undefined): Part | undefined {
  const label = LABEL.exec(part);
  const role: Role | undefined = label ? roleOf(label[1] as string) : pendingLabel;
  const rest = label ? part.slice(label[0].length).trim() : part;
  const labelled = label !== null;
  if (!rest) return labelled ? { labelled, ...(role ? { labelOnly: role } : {}) } : undefined;
  if (FURNITURE.test(rest) || (isFiller(rest) && HAS_TIME.test(rest))) return { labelled };
  const found = findWrittenDate(rest, line);
  if (found) {
    const before = rest.slice(0, found.start);
    const after = rest.slice(found.end);
    const dated: Part = { date: found.date, role: role ?? 'published', labelled };
    if (isFiller(before) && isFiller(after)) return dated;
    // "Posted on March 25, 2023 by Jane Doe" / "By Jane Doe, March 25, 2023"
    const byAfter = isFiller(before) ? /^[\s,;]*by\s+(.+)$/i.exec(after) : null;
    const byBefore = !labelled && isFiller(after) ? /^By\s+(.+?)[\s,;:]*$/.exec(before) : null;
    const fields = readByLine(`By ${(byAfter ?? byBefore)?.[1] ?? ''}`);
    return fields && (byAfter || byBefore) ? { ...dated, fields, byline: true } : undefined;
  }
  if (labelled) return undefined;
  const byline = readByLine(part);
  if (byline) return { fields: byline, byline: true };
  const credit = readByLine(`By ${part}`);
  if (!credit) return undefined;
  // One word that is no outlet ("Politics", "Opinion") is the page's section, not a person.
  return credit.author && !/\s/.test(credit.author) ? { bare: true } : { fields: credit, bare: true };
}

function roleOf(label: string): Role {
  return /updated|modified/i.test(label) ? 'updated' : 'published';
}

/** Nothing but times, time zones, "at"/"on" and punctuation: what may stand around a header's date. */
function isFiller(text: string): boolean {
  return (
    text
      .replace(TIME, ' ')
      .replace(ZONE, ' ')
      .replace(/\b(?:at|on)\b/gi, ' ')
      .replace(/[\s,;:.@()/–—-]/g, '') === ''
  );
}

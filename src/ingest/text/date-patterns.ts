import type { CalendarDate } from './format-date.js';
import { monthOf } from './place-in-year.js';
import type { Tense } from './tense.js';

/** A date found in a sentence before it is written out: offsets, first (and last) day, precision. */
export interface DateCandidate {
  start: number;
  end: number;
  from: CalendarDate;
  to?: CalendarDate;
  granularity: 'day' | 'month' | 'year' | 'range';
  /** The text gives no year: it was placed in one from the article's date. */
  placedYear?: boolean;
}

/**
 * Dates chrono-node does not read: "on the 22nd" (a day of the article's month), "last week" (a
 * Monday-to-Sunday range), "in 2018" and "from 2010 to 2015" (years after a preposition, so that a year
 * used as a name — "the 2022 Smart Expo" — is not taken for a date).
 */
export function findPatternDates(
  sentence: string,
  reference: CalendarDate,
  tenseAt: (at: number) => Tense,
): DateCandidate[] {
  return [...ordinalDays(sentence, reference, tenseAt), ...weeks(sentence, reference), ...years(sentence)];
}

const ORDINAL_DAY =
  /\b(?:on|of|by|until|till|since|from|before|after)\s+(the\s+(\d{1,2})(?:st|nd|rd|th))\b(?=\s*(?:[,.;:)]|$)|\s+(?:at|and|when|as|with|this|,))/gi;

/** "on the 22nd": a day of the article's month, or of the month before (after) when past (future) says so. */
function ordinalDays(
  sentence: string,
  reference: CalendarDate,
  tenseAt: (at: number) => Tense,
): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of sentence.matchAll(ORDINAL_DAY)) {
    const day = Number(match[2]);
    const start = match.index + match[0].lastIndexOf(match[1] as string);
    const { year, month } = monthOf(day, reference, tenseAt(start));
    if (day < 1 || day > daysInMonth(year, month)) continue;
    const from = { year, month, day };
    found.push({ start, end: start + (match[1] as string).length, from, granularity: 'day' });
  }
  return found;
}

const WEEK = /\b(last|this|next|past|previous|coming)\s+week(end)?\b/gi;
const WEEK_START_SHIFT: Record<string, number> = {
  last: -7,
  previous: -7,
  past: -7,
  this: 0,
  next: 7,
  coming: 7,
};

function weeks(sentence: string, reference: CalendarDate): DateCandidate[] {
  const found: DateCandidate[] = [];
  const today = Date.UTC(reference.year, (reference.month ?? 1) - 1, reference.day ?? 1);
  const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY;
  for (const match of sentence.matchAll(WEEK)) {
    const which = (match[1] as string).toLowerCase();
    const weekend = match[2] !== undefined;
    let first = monday + (WEEK_START_SHIFT[which] ?? 0) * DAY + (weekend ? 5 * DAY : 0);
    // "The past week" is the seven days up to the article, not the calendar week before it.
    if (which === 'past' && !weekend) first = today - 6 * DAY;
    const last = first + (weekend ? 1 : 6) * DAY;
    const range = { from: fromTime(first), to: fromTime(last), granularity: 'range' as const };
    found.push({ start: match.index, end: match.index + match[0].length, ...range });
  }
  return found;
}

/** A year of the last two centuries that is not part of a longer number, a score or a percentage. */
const YEAR = String.raw`(?:19|20)\d{2}(?![\d-]|\s*(?:%|percent))`;
const YEAR_RANGE = new RegExp(
  String.raw`\b(?:from|between)\s+(${YEAR})\s+(?:to|and|until|through)\s+(${YEAR})`,
  'g',
);
const YEAR_AFTER_PREPOSITION = new RegExp(
  String.raw`\b(?:(?:in|since|by|until|till|before|after|during|through|throughout|of|from|around|early|late)\s+|mid-)(${YEAR})\b`,
  'gi',
);

function years(sentence: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of sentence.matchAll(YEAR_RANGE)) {
    const start = match.index + match[0].indexOf(match[1] as string);
    const from = { year: Number(match[1]) };
    const to = { year: Number(match[2]) };
    found.push({ start, end: match.index + match[0].length, from, to, granularity: 'range' });
  }
  for (const match of sentence.matchAll(YEAR_AFTER_PREPOSITION)) {
    const start = match.index + match[0].length - 4;
    found.push({ start, end: start + 4, from: { year: Number(match[1]) }, granularity: 'year' });
  }
  return found;
}

const DAY = 86_400_000;

function fromTime(time: number): CalendarDate {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

import * as chrono from 'chrono-node';
import { type DateCandidate, findPatternDates } from './date-patterns.js';
import { type CalendarDate, isoOf } from './format-date.js';
import { joinBetween, withoutOverlaps } from './merge-dates.js';
import { resolveWeekday } from './resolve-weekday.js';

export type DateGranularity = 'day' | 'month' | 'year' | 'range';

export interface FoundDate {
  /** The words of the sentence that name the date. */
  text: string;
  start: number;
  end: number;
  /** "2022-08-22", "2022-10", "2018", or a range "2022-07-01/2022-08-25". */
  iso: string;
  granularity: DateGranularity;
}

/** Only sentences with a word like these can hold a date; the rest skip chrono (the costly part). */
const DATE_CUE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|\b(?:today|tonight|yesterday|tomorrow|ago|week|month|year)|\b(?:19|20)\d\d\b|\d(?:st|nd|rd|th)\b|\d\/\d/i;

/** Durations ("within two weeks", "in 10 days") and clock times are not dates of events; leave them out. */
const UNUSED_PARSERS = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
]);
const parser = chrono.casual.clone();
parser.parsers = parser.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name));

/**
 * The dates a sentence names, resolved against the article's date (`reference`; its UTC calendar day):
 * "October this year" → 2022-10, "on the 22nd" → the 22nd of the article's month, "from July 1 to
 * August 25" → "2022-07-01/2022-08-25", "Monday" → the Monday before (or, in future tense, after) it.
 */
export function findDates(sentence: string, reference: Date): FoundDate[] {
  if (!DATE_CUE.test(sentence)) return [];
  const today = {
    year: reference.getUTCFullYear(),
    month: reference.getUTCMonth() + 1,
    day: reference.getUTCDate(),
  };
  const localNoon = new Date(today.year, today.month - 1, today.day, 12);
  const fromChrono = parser
    .parse(sentence, localNoon)
    .map((result) => fromResult(sentence, result, today))
    .filter((candidate) => candidate !== undefined);
  // Pattern readings come first so that they win ties: "last week" is a range, not chrono's single day.
  const candidates = joinBetween(
    sentence,
    withoutOverlaps([...findPatternDates(sentence, today), ...fromChrono]),
  );
  return candidates.map((candidate) => ({
    text: sentence.slice(candidate.start, candidate.end),
    start: candidate.start,
    end: candidate.end,
    iso: candidate.to ? `${isoOf(candidate.from)}/${isoOf(candidate.to)}` : isoOf(candidate.from),
    granularity: candidate.granularity,
  }));
}

const LOWER_CASE_NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b/;
const LEADING_PREPOSITION = /^(?:on|in|at|by|for|since|from|until|of)\s+/i;
const RELATIVE_YEAR = /^\s+(?:of\s+)?(this|last|next)\s+year\b/i;

function fromResult(
  sentence: string,
  result: chrono.ParsedResult,
  today: CalendarDate,
): DateCandidate | undefined {
  // Month and weekday names written in lower case are words: "may", "march", "sun".
  if (LOWER_CASE_NAME.test(result.text) || /^(?:now|(?:the\s+)?weekend)$/i.test(result.text))
    return undefined;
  const lead = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
  const trail = /[\s,.;:]*$/.exec(result.text)?.[0].length ?? 0;
  const candidate = { start: result.index + lead, end: result.index + result.text.length - trail };
  const from = calendarDate(result.start);
  if (!from) return undefined;
  if (result.end) {
    const to = calendarDate(result.end);
    if (!to) return undefined;
    const shared = from.day !== undefined && to.day !== undefined ? {} : { day: undefined };
    return { ...candidate, from: { ...from, ...shared }, to: { ...to, ...shared }, granularity: 'range' };
  }
  if (
    result.start.isCertain('weekday') &&
    !result.start.isCertain('day') &&
    !/^(?:last|next|this)\b/i.test(result.text)
  ) {
    const day = resolveWeekday(result.start.get('weekday') ?? 0, today, sentence.slice(0, result.index));
    return { ...candidate, from: day, granularity: 'day' };
  }
  const relativeYear = RELATIVE_YEAR.exec(sentence.slice(candidate.end));
  if (relativeYear && from.day === undefined && !result.start.isCertain('year')) {
    const year =
      today.year + { this: 0, last: -1, next: 1 }[(relativeYear[1] as string).toLowerCase() as 'this'];
    return {
      ...candidate,
      end: candidate.end + relativeYear[0].length,
      from: { ...from, year },
      granularity: 'month',
    };
  }
  const granularity = from.day !== undefined ? 'day' : from.month !== undefined ? 'month' : 'year';
  return { ...candidate, from, granularity };
}

/** As precise as the words are: a day, a month or a year (implied parts below the known ones dropped). */
function calendarDate(components: chrono.ParsedComponents): CalendarDate | undefined {
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  if (year === null || month === null || day === null) return undefined;
  if (components.isCertain('day') || components.isCertain('weekday')) return { year, month, day };
  if (components.isCertain('month')) return { year, month };
  if (components.isCertain('year')) return { year };
  return undefined;
}

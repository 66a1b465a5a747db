import * as chrono from 'chrono-node';
import { fromChronoResult, type PlacingContext } from './chrono-dates.js';
import { findPatternDates } from './date-patterns.js';
import { isoOf } from './format-date.js';
import { joinBetween, withoutOverlaps } from './merge-dates.js';
import { readTenses, tenseAt } from './tense.js';

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
 * August 25" → "2022-07-01/2022-08-25", "Monday" → the Monday on or before (or, in future tense, after) it,
 * "last September" → the September before; a month without a year follows its clause's tense (see yearOf).
 */
export function findDates(sentence: string, reference: Date): FoundDate[] {
  if (!DATE_CUE.test(sentence)) return [];
  const today = {
    year: reference.getUTCFullYear(),
    month: reference.getUTCMonth() + 1,
    day: reference.getUTCDate(),
  };
  const localNoon = new Date(today.year, today.month - 1, today.day, 12);
  // Read once per sentence, and only for a sentence that has a date to place.
  let tenses: ReturnType<typeof readTenses> | undefined;
  const context: PlacingContext = {
    sentence,
    today,
    tenseAt: (at) => {
      tenses ??= readTenses(sentence);
      return tenseAt(tenses, at);
    },
  };
  const fromChrono = parser
    .parse(sentence, localNoon)
    .map((result) => fromChronoResult(context, result))
    .filter((candidate) => candidate !== undefined);
  // Pattern readings come first so that they win ties: "last week" is a range, not chrono's single day.
  const candidates = joinBetween(
    sentence,
    withoutOverlaps([...findPatternDates(sentence, today, context.tenseAt), ...fromChrono]),
  );
  return candidates.map((candidate) => ({
    text: sentence.slice(candidate.start, candidate.end),
    start: candidate.start,
    end: candidate.end,
    iso: candidate.to ? `${isoOf(candidate.from)}/${isoOf(candidate.to)}` : isoOf(candidate.from),
    granularity: candidate.granularity,
  }));
}

import type * as chrono from 'chrono-node';
import type { DateCandidate } from './date-patterns.js';
import { type CalendarDate, isBefore } from './format-date.js';
import { modifierBefore, yearOf } from './place-in-year.js';
import { resolveWeekday } from './resolve-weekday.js';
import type { Tense } from './tense.js';

/** chrono-node's readings made into date candidates: as precise as the words, placed against the article. */

const LOWER_CASE_NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b/;
const LEADING_PREPOSITION = /^(?:on|in|at|by|for|since|from|until|of)\s+/i;
const RELATIVE_YEAR = /^\s+(?:of\s+)?(this|last|next)\s+year\b/i;

/** What placing a sentence's dates needs: the sentence, the article's day, and the tense at an offset. */
export interface PlacingContext {
  sentence: string;
  today: CalendarDate;
  tenseAt: (at: number) => Tense;
}

export function fromChronoResult(
  context: PlacingContext,
  result: chrono.ParsedResult,
): DateCandidate | undefined {
  const { sentence, today } = context;
  // Month and weekday names written in lower case are words: "may", "march", "sun".
  if (LOWER_CASE_NAME.test(result.text) || /^(?:now|(?:the\s+)?weekend)$/i.test(result.text))
    return undefined;
  const lead = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
  const trail = /[\s,.;:]*$/.exec(result.text)?.[0].length ?? 0;
  const candidate = { start: result.index + lead, end: result.index + result.text.length - trail };
  const from = calendarDate(result.start);
  if (!from) return undefined;
  if (result.end) {
    const last = calendarDate(result.end);
    if (!last) return undefined;
    const { date: first, start } = placed(context, result.start, candidate.start, from);
    // The range runs forward from its start: "from November to February" ends in the next year.
    const to = result.end.isCertain('year')
      ? last
      : { ...last, year: first.year + (isBefore(last, first) ? 1 : 0) };
    const shared = first.day !== undefined && to.day !== undefined ? {} : { day: undefined };
    return {
      ...candidate,
      start,
      from: { ...first, ...shared },
      to: { ...to, ...shared },
      granularity: 'range',
    };
  }
  if (
    result.start.isCertain('weekday') &&
    !result.start.isCertain('day') &&
    !/^(?:last|next|this)\b/i.test(result.text)
  ) {
    const textBefore = sentence.slice(0, result.index);
    const day = resolveWeekday(
      result.start.get('weekday') ?? 0,
      today,
      context.tenseAt(candidate.start),
      textBefore,
    );
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
  const { date, start } = placed(context, result.start, candidate.start, from);
  const granularity = date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
  const placedYear = date.month !== undefined && !result.start.isCertain('year');
  return { ...candidate, start, from: date, granularity, ...(placedYear ? { placedYear } : {}) };
}

/** A month or day written without a year, placed in one by its modifier or its clause's tense. */
function placed(
  context: PlacingContext,
  components: chrono.ParsedComponents,
  at: number,
  date: CalendarDate,
): { date: CalendarDate; start: number } {
  if (date.month === undefined || components.isCertain('year')) return { date, start: at };
  const found = modifierBefore(context.sentence, at);
  const month = { month: date.month, ...(date.day === undefined ? {} : { day: date.day }) };
  const year = yearOf(month, context.today, found?.modifier, context.tenseAt(at));
  return { date: { ...date, year }, start: found?.start ?? at };
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

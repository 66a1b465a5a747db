import { isVerb } from '../text/verbs.js';
import { matchAt, QUALIFIER, TIME_OF_DAY_AFTER } from './value-units.js';
import { MONTHS } from './words.js';

/** Tests that keep dates, years, clock times and numbers in names from being read as values. */

const YEAR_PREPOSITION =
  /\b(?:in|since|by|until|till|from|of|the|year|early|late|mid|before|after|during|to|and|or|between)\s+$/i;
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${[...MONTHS].join('|')})\.?\s+$`, 'i');
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${[...MONTHS].join('|')})\b`, 'i');
const NAME_BEFORE = /(?:^|\s)(?:No\.|[\p{Lu}][\p{L}]*\d*)\s+$/u;
const NOT_A_NAME =
  /^\s*(?:The|A|An|Some|Only|Just|About|Over|Nearly|Almost|Around|All|With|And|But|Of|In|On|At|By|For|From|To|Between)\s+$/;
const DASHED_PAIR = /[-–]\d/y;

/** "March 5", "5th of March", "10:30", "5 pm": the number is part of a date or a time. */
export function isDateOrTimeAfter(sentence: string, before: string, coreEnd: number): boolean {
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(sentence.slice(coreEnd, coreEnd + 16))) return true;
  return matchAt(TIME_OF_DAY_AFTER, sentence, coreEnd) !== null;
}

/** A date, a clock time, a year after a preposition, or a number in a name ("Boeing 737", "No. 10"). */
export function isDateOrName(sentence: string, before: string, core: string, coreEnd: number): boolean {
  if (isDateOrTimeAfter(sentence, before, coreEnd)) return true;
  // "Boeing 737", "Section 8", "No. 10" — but not "About 100" or "More than 20".
  const name = NAME_BEFORE.exec(before);
  if (name && /^\d/.test(core) && !QUALIFIER.test(before) && !NOT_A_NAME.test(name[0])) {
    return !isScoreAfterObject(before, sentence, coreEnd);
  }
  return (
    isYear(core) &&
    YEAR_PREPOSITION.test(before) &&
    !/^\s?(?:%|percent|per cent)/.test(sentence.slice(coreEnd, coreEnd + 9))
  );
}

/** "beat Nantes 3-1", "edged the Harriers 2-1": a pair of numbers after a verb's named object is a score. */
function isScoreAfterObject(before: string, sentence: string, coreEnd: number): boolean {
  if (matchAt(DASHED_PAIR, sentence, coreEnd) === null) return false;
  const verb = /(\p{Ll}+)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u.exec(before)?.[1];
  return verb !== undefined && isVerb(verb, undefined, false);
}

/** "2019-20", "9-5": two numbers joined by a dash that were not read as one score or range. */
export function isDashedPair(core: string, sentence: string, coreEnd: number): boolean {
  return /^\d/.test(core) && matchAt(DASHED_PAIR, sentence, coreEnd) !== null;
}

/** A year after a word that introduces one: "in 2019", "between 2010 and". */
export function followsYearWord(textBefore: string): boolean {
  return YEAR_PREPOSITION.test(textBefore);
}

export function isYear(core: string): boolean {
  if (!/^\d{4}$/.test(core)) return false;
  const year = Number(core);
  return year >= 1000 && year <= 2100;
}

/** White space between a qualifier and the number it qualifies. */
export function gapBefore(sentence: string, at: number): number {
  let gap = 0;
  while (at - gap - 1 >= 0 && /\s/.test(sentence[at - gap - 1] ?? '')) gap++;
  return gap;
}

import * as chrono from 'chrono-node';

/**
 * A calendar date written out in full in a header ("March 25, 2023", "Sat 25 Mar 2023 13.16 GMT",
 * "12:01 EST, 3 April 2015", "25/03/2023", "2023-03-25T13:16:00Z"), read with chrono-node. The date is
 * the one written: a time and zone beside it do not move it to another day.
 */
export interface WrittenDate {
  /** YYYY-MM-DD */
  date: string;
  /** Where chrono's reading (date, and the time and zone it took along) starts and ends in the text. */
  start: number;
  end: number;
}

/** Any fixed reference: only dates that write their own year are taken, so it never shows through. */
const REFERENCE = new Date(2000, 0, 1);
/** chrono's strict English parser reading "05/04/2023" day first, as British and European copy does. */
const STRICT_DAY_FIRST = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));
const ISO_DAY = /^(\d{4})-(\d\d)-(\d\d)(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?/i;
/** Two numbers up to 12 before a year: "05/04/2023" is 5 April or May 4. */
const AMBIGUOUS_NUMERIC = /\b(0?[1-9]|1[0-2])([/.])(0?[1-9]|1[0-2])\2\d{4}\b/;
/** What marks day-first copy when the numbers alone cannot: European dots or a European time zone. */
const DAY_FIRST_HINT = /\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b(?:GMT|BST|WET|WEST|CET|CEST|EET|EEST|AEST|AEDT)\b/;

/**
 * The first date in `text` that names its day, month and a four-digit year; relative words ("2 hours
 * ago", "yesterday") and dates without a year are not dates of an article. A numeric date is read
 * month first, as chrono does for English, unless its first number is over 12 ("25/03/2023") or the
 * context (the whole header line) marks it as day-first (dots, a European time zone) — then day first.
 */
export function findWrittenDate(text: string, context = text): WrittenDate | undefined {
  const iso = ISO_DAY.exec(text.trim());
  if (iso && isCalendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))) {
    const start = text.indexOf(iso[0]);
    return { date: iso[0].slice(0, 10), start, end: start + iso[0].length };
  }
  const found = chrono.strict.parse(text, REFERENCE).find(writesFullDate);
  if (!found) return undefined;
  const reading =
    AMBIGUOUS_NUMERIC.test(found.text) && DAY_FIRST_HINT.test(context)
      ? (STRICT_DAY_FIRST.parse(found.text, REFERENCE)[0] ?? found)
      : found;
  const { start } = reading;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  return {
    date: `${start.get('year')}-${pad(start.get('month'))}-${pad(start.get('day'))}`,
    start: found.index,
    end: found.index + found.text.length,
  };
}

function writesFullDate(result: chrono.ParsedResult): boolean {
  const { start } = result;
  return (
    start.isCertain('year') &&
    start.isCertain('month') &&
    start.isCertain('day') &&
    /\b\d{4}\b/.test(result.text) &&
    !/\bago\b/i.test(result.text)
  );
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

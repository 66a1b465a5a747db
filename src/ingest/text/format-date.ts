/** A calendar date as precise as the text gives it: a year, a month of a year, or a day. */
export interface CalendarDate {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether a month (or day) comes before another within the calendar year, whatever their years. */
export function isBefore(a: CalendarDate, b: CalendarDate): boolean {
  return (a.month ?? 1) < (b.month ?? 1) || (a.month === b.month && (a.day ?? 1) < (b.day ?? 1));
}

/** "2022", "2022-10" or "2022-08-22". */
export function isoOf(date: CalendarDate): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** The calendar date an ISO date, month or year names. */
export function parseIso(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year as number, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/**
 * How a reader should see a date or a range ("2022-07-01/2022-08-25"): "22 August 2022", "October 2022",
 * "2018", "1 July to 25 August 2022", "1 to 25 July 2022". Parts a range shares are written once.
 */
export function readableDate(iso: string): string {
  const [from, to] = iso.split('/');
  if (!to) return spell(parseIso(iso));
  const start = parseIso(from as string);
  const end = parseIso(to);
  if (start.year !== end.year) return `${spell(start)} to ${spell(end)}`;
  if (start.month === undefined || end.month === undefined) return `${start.year} to ${end.year}`;
  if (start.month !== end.month || start.day === undefined) {
    return `${spell({ ...start, year: Number.NaN })} to ${spell(end)}`;
  }
  return `${start.day} to ${spell(end)}`;
}

/** Writes the parts that are known; a NaN year is left out (it is written once, after a range). */
function spell(date: CalendarDate): string {
  const parts: string[] = [];
  if (date.day !== undefined) parts.push(String(date.day));
  if (date.month !== undefined) parts.push(MONTHS[date.month - 1] as string);
  if (!Number.isNaN(date.year)) parts.push(String(date.year));
  return parts.join(' ');
}

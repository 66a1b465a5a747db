import type { CalendarDate } from './format-date.js';
import type { Tense } from './tense.js';

/** The word that places a month written without a year: "last September", "next March", "this June". */
export type Modifier = 'last' | 'this' | 'next';

const MODIFIER_BEFORE = /\b(last|past|previous|this|next|coming)\s+$/i;
const MODIFIERS: Readonly<Record<string, Modifier>> = {
  last: 'last',
  past: 'last',
  previous: 'last',
  this: 'this',
  next: 'next',
  coming: 'next',
};

/** The modifier right before a date, and where it starts. */
export function modifierBefore(
  sentence: string,
  at: number,
): { modifier: Modifier; start: number } | undefined {
  const found = MODIFIER_BEFORE.exec(sentence.slice(Math.max(0, at - 12), at));
  const modifier = found ? MODIFIERS[(found[1] as string).toLowerCase()] : undefined;
  return found && modifier ? { modifier, start: at - found[0].length } : undefined;
}

/**
 * The year of a month or day written without one, seen from the article's date (`today`): "last September"
 * is the latest September before the article's month and "next September" the first after it; "this
 * September" is in the article's year. A bare "in September" is too, unless its clause is in the past and
 * September has not come yet (then it is the September before: a past event is never put in the future),
 * or in the future and September has gone (the September after).
 */
export function yearOf(
  date: { month: number; day?: number },
  today: CalendarDate,
  modifier: Modifier | undefined,
  tense: Tense,
): number {
  const order = compareInYear(date, today);
  if (modifier === 'last') return order < 0 ? today.year : today.year - 1;
  if (modifier === 'next') return order > 0 ? today.year : today.year + 1;
  if (modifier === 'this') return today.year;
  if (tense === 'past' && order > 0) return today.year - 1;
  if (tense === 'future' && order < 0) return today.year + 1;
  return today.year;
}

/** The month of a day written without one ("on the 28th"), by the same rule as `yearOf`. */
export function monthOf(day: number, today: CalendarDate, tense: Tense): { year: number; month: number } {
  const month = today.month ?? 1;
  const shift =
    tense === 'past' && day > (today.day ?? day)
      ? -1
      : tense === 'future' && day < (today.day ?? day)
        ? 1
        : 0;
  const first = new Date(Date.UTC(today.year, month - 1 + shift, 1));
  return { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1 };
}

/** Whether a month (or a day of it) comes before (-1), with (0) or after (1) the article's, within a year. */
function compareInYear(date: { month: number; day?: number }, today: CalendarDate): number {
  const month = today.month ?? 1;
  if (date.month !== month) return date.month < month ? -1 : 1;
  if (date.day === undefined || today.day === undefined || date.day === today.day) return 0;
  return date.day < today.day ? -1 : 1;
}

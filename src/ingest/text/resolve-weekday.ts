import type { CalendarDate } from './format-date.js';
import type { Tense } from './tense.js';

/** Words shortly before a weekday that put it ahead outside a past clause: "runs until Friday", "due on Friday". */
const AHEAD = /\b(?:due|until|till|by|plans?|upcoming)\b/i;
const WORDS_OF_CONTEXT = 8;

/**
 * Which day a bare weekday means. News mostly reports what happened, so "said Thursday" is the Thursday
 * on or before the article's date (the article's own day when it is that weekday: "said Monday" in a
 * Monday paper); in the future tense ("will meet Monday") it is the next one after it.
 */
export function resolveWeekday(
  weekday: number,
  today: CalendarDate,
  tense: Tense,
  textBefore: string,
): CalendarDate {
  const context = textBefore.trim().split(/\s+/).slice(-WORDS_OF_CONTEXT).join(' ');
  const ahead = tense === 'future' || (tense !== 'past' && AHEAD.test(context));
  const time = Date.UTC(today.year, (today.month ?? 1) - 1, today.day ?? 1);
  const todayWeekday = new Date(time).getUTCDay();
  const back = (todayWeekday - weekday + 7) % 7;
  const shift = ahead ? (weekday - todayWeekday + 7) % 7 || 7 : -back;
  const date = new Date(time + shift * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

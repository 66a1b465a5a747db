import type { CalendarDate } from './format-date.js';

/** Words shortly before a weekday that put it after the article: "will vote Monday", "due on Friday". */
const FUTURE =
  /\b(?:will|shall|'ll|going to|due|scheduled|expected|set to|plans?|planned|upcoming|until|till|by)\b/i;
const WORDS_OF_CONTEXT = 8;

/**
 * Which day a bare weekday means. News mostly reports what happened, so "said Thursday" is the Thursday
 * on or before the article's date; in the future tense ("will meet Monday") it is the next one after it.
 */
export function resolveWeekday(weekday: number, today: CalendarDate, textBefore: string): CalendarDate {
  const context = textBefore.trim().split(/\s+/).slice(-WORDS_OF_CONTEXT).join(' ');
  const time = Date.UTC(today.year, (today.month ?? 1) - 1, today.day ?? 1);
  const todayWeekday = new Date(time).getUTCDay();
  const back = (todayWeekday - weekday + 7) % 7;
  const shift = FUTURE.test(context) ? (weekday - todayWeekday + 7) % 7 || 7 : -back;
  const date = new Date(time + shift * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

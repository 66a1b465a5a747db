import type { DateCandidate } from './date-patterns.js';
import { isBefore } from './format-date.js';

/** Where two readings overlap, the longer one wins ("April 2018" over "in 2018"). */
export function withoutOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  const kept: DateCandidate[] = [];
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const candidate of byLength) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end))
      kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** "between July 1 and August 25": chrono reads two dates; together they are one range. */
export function joinBetween(sentence: string, candidates: DateCandidate[]): DateCandidate[] {
  const joined: DateCandidate[] = [];
  for (const candidate of candidates) {
    const previous = joined.at(-1);
    const gap = previous ? sentence.slice(previous.end, candidate.start) : '';
    if (
      previous &&
      !previous.to &&
      !candidate.to &&
      /^\s+and\s+$/.test(gap) &&
      /\bbetween\s+$/i.test(sentence.slice(0, previous.start))
    ) {
      // A range runs forward: an end placed in a year by itself follows the start ("between November and March").
      const to = candidate.placedYear
        ? { ...candidate.from, year: previous.from.year + (isBefore(candidate.from, previous.from) ? 1 : 0) }
        : candidate.from;
      joined[joined.length - 1] = { ...previous, end: candidate.end, to, granularity: 'range' };
    } else joined.push(candidate);
  }
  return joined;
}

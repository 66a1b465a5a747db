import type { DateCandidate } from './date-patterns.js';

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
      joined[joined.length - 1] = {
        ...previous,
        end: candidate.end,
        to: candidate.from,
        granularity: 'range',
      };
    } else joined.push(candidate);
  }
  return joined;
}

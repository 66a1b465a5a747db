import type { FactShape } from '../../core/brief.schema.js';
import type { CountedPhrase } from './counted-phrase.js';
import { isYear } from './value-guards.js';
import type { ValueSpan } from './value-span.js';

/** The words that join two numbers: "3-1", "213 to 208", "between 40 and 60", "7 of 630", "one in five". */
export type Joint = 'dash' | 'to' | 'and' | 'of' | 'in';

/** Which pair the joint makes, or none: "from 20 to 30" is a change (two values), not a range. */
export function shapeOf(
  joint: Joint,
  kind: ValueSpan['kind'],
  counted: CountedPhrase | undefined,
  [first, second]: [number, number],
  textBefore: string,
): FactShape | undefined {
  switch (joint) {
    case 'of':
      return second >= first ? 'ratio' : undefined;
    case 'in':
      return second > first && !isYear(String(second)) ? 'ratio' : undefined;
    case 'and':
      return /\bbetween\s+$/i.test(textBefore) ? 'range' : undefined;
    case 'to':
      if (/\bfrom\s+$/i.test(textBefore)) return undefined;
      if (kind !== 'count' || counted) return 'range';
      // "passed 213 to 208": a tally names the larger side first; "5 to 10" with nothing after is unclear.
      return first > second && isTally(first) ? 'score' : undefined;
    case 'dash':
      // "20-30 people", "20-30%" and "aged 5-11" are ranges; "won 3-1", "213-208", "drew 1-1" are scores.
      if (kind !== 'count' || counted) return 'range';
      // Bare, both sides are small whole numbers: "555-1234" is a telephone number, not a value.
      if (!isTally(first) || !isTally(second)) return undefined;
      return first < second ? 'range' : 'score';
  }
}

/** A side of a score or vote: a whole number under a thousand (not "555-1234", not "2.5-2.0"). */
function isTally(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < 1000;
}

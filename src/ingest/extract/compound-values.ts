import { type CountedPhrase, countedPhrase } from './counted-phrase.js';
import { NUMBER_WORD_PATTERN, readNumber } from './numbers.js';
import { type Joint, shapeOf } from './pair-shape.js';
import { readUnit, type UnitReading } from './read-unit.js';
import { isDateOrTimeAfter, isYear } from './value-guards.js';
import type { ValueSpan } from './value-span.js';
import { matchAt } from './value-units.js';
import type { Word } from './words.js';

/**
 * Two numbers written as one value: a score or vote ("won 3-1", "passed 213 to 208"), a range ("20-30%",
 * "between 40 and 60 people", "$20-30 million") or a part of a whole ("7 of 630 embryos", "one in five").
 */

/** The first number of a possible pair, as it has been read. */
export interface FirstNumber {
  core: string;
  /** Where its currency sign or minus begins (its qualifier, if any, stands before). */
  prefixStart: number;
  /** Where the value begins, qualifier included. */
  start: number;
  qualifier?: string | undefined;
  currency?: string | undefined;
  number?: number | undefined;
  reading: UnitReading;
}

const JOINTS: ReadonlyArray<[Joint, RegExp]> = [
  ['dash', /\s?[-–]\s?(?=[$£€¥]?\d)/y],
  ['to', /\s+to\s+/y],
  ['and', /\s+and\s+/y],
  ['of', /\s+(?:out\s+)?of\s+(?:the\s+)?/y],
  ['in', /\s+in\s+/y],
];

const SECOND = new RegExp(
  String.raw`(US\$|[$£€¥])?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|(?:${NUMBER_WORD_PATTERN})\b)`,
  'iy',
);

/** The pair that starts with `first`, read as one value; undefined when no second number joins it. */
export function readCompound(
  sentence: string,
  words: readonly Word[],
  first: FirstNumber,
): ValueSpan | undefined {
  const { reading } = first;
  if (reading.magnitude || reading.age || first.number === undefined) return undefined;
  for (const [joint, pattern] of JOINTS) {
    const link = matchAt(pattern, sentence, reading.end);
    if (link) return readPair(sentence, words, first, joint, reading.end + link[0].length);
  }
  return undefined;
}

/**
 * Another number joins this one ("rose 5 to 10", "ran 2 in 10 minutes") though the two were not read as one
 * value: the first is then no count of its own.
 */
export function startsPair(sentence: string, end: number): boolean {
  for (const [, pattern] of JOINTS) {
    const link = matchAt(pattern, sentence, end);
    const core = link ? matchAt(SECOND, sentence, end + link[0].length)?.[2] : undefined;
    if (core) return !isYear(core);
  }
  return false;
}

function readPair(
  sentence: string,
  words: readonly Word[],
  first: FirstNumber,
  joint: Joint,
  at: number,
): ValueSpan | undefined {
  const second = matchAt(SECOND, sentence, at);
  const core = second?.[2];
  if (!second || !core || (isYear(first.core) && isYear(core))) return undefined;
  if (joint === 'dash' && !(/^\d/.test(first.core) && /^\d/.test(core))) return undefined;
  const coreAt = at + (second[1]?.length ?? 0);
  if (isDateOrTimeAfter(sentence, sentence.slice(Math.max(0, coreAt - 40), coreAt), coreAt + core.length))
    return undefined;
  const currency = second[1] ?? (first.reading.kind === 'money' ? first.currency : undefined);
  const reading = readUnit(sentence, core, coreAt + core.length, currency);
  if (!reading || reading.magnitude || reading.age || reading.number === undefined) return undefined;
  const own = first.reading.kind;
  if (own !== 'count' && reading.kind !== 'count' && own !== reading.kind) return undefined;
  const kind = reading.kind === 'count' ? own : reading.kind;
  const counted = kind === 'count' ? countedAfter(sentence, words, reading.end) : undefined;
  const textBefore = sentence.slice(0, first.prefixStart);
  const numbers = [firstNumber(first, reading), reading.number] as [number, number];
  const shape = shapeOf(joint, kind, counted, numbers, textBefore);
  if (!shape || (shape === 'ratio' && (own !== 'count' || reading.kind !== 'count'))) return undefined;
  const between = joint === 'and' ? /\bbetween\s+$/i.exec(textBefore) : null;
  const start = between ? between.index : first.start;
  const unit = kind === 'count' ? counted?.head : (reading.unit ?? first.reading.unit);
  const span: ValueSpan = { kind, value: sentence.slice(start, reading.end), start, end: reading.end };
  // A part of a whole counts its part ("7 of 630 embryos" survived); a rate or a range is no one number.
  if (shape === 'ratio' && joint === 'of') span.number = numbers[0];
  if (unit) span.unit = unit;
  const qualifier = between ? 'between' : first.qualifier;
  if (qualifier) span.qualifier = qualifier;
  if (counted) span.counted = counted;
  return { ...span, shape, numbers };
}

/** A range's first number shares the second's scale: "$20-30 million" runs from 20 million. */
function firstNumber(first: FirstNumber, second: UnitReading): number {
  const own = first.number as number;
  if (first.reading.scale || !second.scale) return own;
  const scaled = readNumber(first.core, second.scale) ?? own;
  return own < 0 ? -scaled : scaled;
}

/** The noun phrase right after the pair: "7 of 630 [embryos]". */
function countedAfter(sentence: string, words: readonly Word[], end: number): CountedPhrase | undefined {
  const from = words.findIndex((word) => word.start >= end);
  const next = words[from];
  if (!next || sentence.slice(end, next.start).trim() !== '') return undefined;
  return countedPhrase(sentence, words, from, false);
}

import { readCompound } from './compound-values.js';
import { NUMBER_WORD_PATTERN } from './numbers.js';
import { readCount } from './read-count.js';
import { readUnit } from './read-unit.js';
import { gapBefore, isDashedPair, isDateOrName } from './value-guards.js';
import { clean, type ValueSpan } from './value-span.js';
import { CURRENCY_BEFORE, HEDGE, QUALIFIER } from './value-units.js';
import type { Word } from './words.js';

export type { ValueKind, ValueSpan } from './value-span.js';

// A numeral not glued to a word ("COVID-19", "G20", "”8"), a number word, a vague magnitude, or the "one"
// that opens a part or a rate ("one of 12", "one in five").
const NUMBER_CORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,:/#”’"]|[\p{L}\p{N}]-)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\b(?:${NUMBER_WORD_PATTERN}|(?:one|a)(?=\s(?:hundred|thousand|million|billion|trillion)\b)|one(?=\s+(?:in|(?:out\s+)?of)\s+(?:the\s+)?(?:\d|${NUMBER_WORD_PATTERN}\b))|tens|dozens|hundreds|thousands|millions|billions)\b`,
  'giu',
);

/** Every typed value in a sentence, left to right. Dates, years, times and numbers in names are left out. */
export function findValues(sentence: string, words: readonly Word[]): ValueSpan[] {
  const spans: ValueSpan[] = [];
  for (const match of sentence.matchAll(NUMBER_CORE)) {
    // The second number of a pair ("213-208") belongs to the value before it.
    if (match.index < (spans.at(-1)?.end ?? 0)) continue;
    const span = readValue(sentence, words, match[0], match.index);
    if (span && !spans.some((s) => span.start < s.end && span.end > s.start)) spans.push(span);
  }
  return spans;
}

function readValue(
  sentence: string,
  words: readonly Word[],
  core: string,
  at: number,
): ValueSpan | undefined {
  const coreEnd = at + core.length;
  const before = sentence.slice(Math.max(0, at - 40), at);
  if (isDateOrName(sentence, before, core, coreEnd)) return undefined;
  const currency = CURRENCY_BEFORE.exec(before)?.[1];
  const sign = /(?:^|\s)(-|−|minus )$/.exec(currency ? before.slice(0, -currency.length) : before)?.[1] ?? '';
  const reading = readUnit(sentence, core, coreEnd, currency);
  if (!reading) return undefined;
  const prefixLength = (currency?.length ?? 0) + sign.length;
  const qualifier = QUALIFIER.exec(before.slice(0, before.length - prefixLength))?.[1];
  const start =
    at - prefixLength - (qualifier ? qualifier.length + gapBefore(sentence, at - prefixLength) : 0);
  const number = reading.number === undefined ? undefined : (sign ? -1 : 1) * reading.number;
  const base = { start, number, unit: reading.unit, qualifier: qualifier?.toLowerCase() };
  const hedge = qualifier ? undefined : HEDGE.exec(before)?.[1];
  if (hedge) base.qualifier = hedge.toLowerCase();
  const first = { ...base, core, prefixStart: at - prefixLength, currency, reading };
  const pair = readCompound(sentence, words, first);
  if (pair) return clean(pair);
  if (isDashedPair(core, sentence, coreEnd)) return undefined;
  if (reading.kind !== 'count') {
    const value = sentence.slice(start, reading.end);
    return clean({ ...base, kind: reading.kind, value, end: reading.end, age: reading.age === true });
  }
  return readCount(sentence, words, base, reading, core);
}

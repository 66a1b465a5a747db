import { type CountedPhrase, countedPhrase, isPluralNoun } from './counted-phrase.js';
import { NUMBER_WORD_PATTERN } from './numbers.js';
import { readUnit, type UnitReading } from './read-unit.js';
import { CURRENCY_BEFORE, HEDGE, matchAt, QUALIFIER, TIME_OF_DAY_AFTER } from './value-units.js';
import { MONTHS, type Word } from './words.js';

export type ValueKind = 'money' | 'count' | 'percent' | 'temperature' | 'duration' | 'quantity';

/** A typed value as written in a sentence: "more than 100", "212.1 billion yuan", "80%". */
export interface ValueSpan {
  kind: ValueKind;
  /** Exactly as written, qualifier included ("more than 100"); for a count, without the thing counted. */
  value: string;
  start: number;
  end: number;
  number?: number;
  unit?: string;
  qualifier?: string;
  /** For a count, the phrase naming what is counted. */
  counted?: CountedPhrase;
  /** "Klopp, 47," — an age in an apposition. */
  age?: boolean;
}

// A numeral not glued to a word ("COVID-19", "G20", "”8"), a number word, or a vague magnitude.
const NUMBER_CORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,:/#”’"]|[\p{L}\p{N}]-)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\b(?:${NUMBER_WORD_PATTERN}|(?:one|a)(?=\s(?:hundred|thousand|million|billion|trillion)\b)|tens|dozens|hundreds|thousands|millions|billions)\b`,
  'giu',
);

const YEAR_PREPOSITION =
  /\b(?:in|since|by|until|till|from|of|the|year|early|late|mid|before|after|during|to|and|or|between)\s+$/i;
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${[...MONTHS].join('|')})\.?\s+$`, 'i');
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${[...MONTHS].join('|')})\b`, 'i');
const NAME_BEFORE = /(?:^|\s)(?:No\.|[\p{Lu}][\p{L}]*\d*)\s+$/u;
const RANGE_OR_SCORE = /[-–]\d/y;

/** Every typed value in a sentence, left to right. Dates, years, times and numbers in names are left out. */
export function findValues(sentence: string, words: readonly Word[]): ValueSpan[] {
  const spans: ValueSpan[] = [];
  for (const match of sentence.matchAll(NUMBER_CORE)) {
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
  if (reading.kind !== 'count') {
    const value = sentence.slice(start, reading.end);
    return clean({ ...base, kind: reading.kind, value, end: reading.end, age: reading.age === true });
  }
  return readCount(sentence, words, base, reading, core);
}

function readCount(
  sentence: string,
  words: readonly Word[],
  base: Omit<ValueSpan, 'kind' | 'value' | 'end'>,
  reading: UnitReading,
  core: string,
): ValueSpan | undefined {
  const end = reading.end;
  if (
    /^,\s/.test(sentence.slice(end, end + 2)) &&
    /[\p{Lu}][\p{L}'’-]+,\s$/u.test(sentence.slice(0, base.start))
  ) {
    // "Klopp, 47, announced": an age in an apposition.
    return clean({
      ...base,
      kind: 'quantity',
      value: sentence.slice(base.start, end),
      end,
      unit: 'years',
      age: true,
    });
  }
  let from = words.findIndex((w) => w.start >= end);
  if (from === -1) return undefined;
  // "hundreds of people", "tens of billions of industrial clusters": the counted thing after "of (the)".
  if (words[from]?.lower === 'of' && /^[a-z]/i.test(core)) from += 1;
  if (words[from]?.lower === 'the' && words[from - 1]?.lower === 'of') from += 1;
  if (sentence.slice(end, words[from]?.start).trim().replace(/^of$/, '') !== '') return undefined;
  const counted = countedPhrase(sentence, words, from, base.number === 1);
  const value = sentence.slice(base.start, end);
  if (reading.magnitude) {
    const unit = counted?.head;
    return clean({ ...base, kind: 'quantity', value, end, unit, ...(counted ? { counted } : {}) });
  }
  if (!counted || /\b(?:one|1)\s+in\s+$/i.test(sentence.slice(0, base.start))) return undefined;
  if (
    isYear(core) &&
    (!isPluralNoun(words[from]?.lower ?? '') || YEAR_PREPOSITION.test(sentence.slice(0, base.start)))
  )
    return undefined;
  return clean({ ...base, kind: 'count', value, end, unit: counted.head, counted });
}

function isDateOrName(sentence: string, before: string, core: string, coreEnd: number): boolean {
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(sentence.slice(coreEnd, coreEnd + 16))) return true;
  if (matchAt(TIME_OF_DAY_AFTER, sentence, coreEnd)) return true;
  if (
    /^\d/.test(core) &&
    matchAt(RANGE_OR_SCORE, sentence, coreEnd) &&
    !/\d[-–]\d+[\s-]\p{L}/u.test(sentence.slice(coreEnd - 1, coreEnd + 12))
  )
    return true;
  // "Boeing 737", "Section 8", "No. 10" — but not "About 100" or "More than 20".
  const name = NAME_BEFORE.exec(before);
  if (
    name &&
    /^\d/.test(core) &&
    !QUALIFIER.test(before) &&
    !/^\s*(?:The|A|An|Some|Only|Just|About|Over|Nearly|Almost|Around|All|With|And|But|Of|In|On|At|By|For|From|To)\s+$/.test(
      name[0],
    )
  )
    return true;
  return (
    isYear(core) &&
    YEAR_PREPOSITION.test(before) &&
    !/^\s?(?:%|percent|per cent)/.test(sentence.slice(coreEnd, coreEnd + 9))
  );
}

function isYear(core: string): boolean {
  if (!/^\d{4}$/.test(core)) return false;
  const year = Number(core);
  return year >= 1000 && year <= 2100;
}

function gapBefore(sentence: string, at: number): number {
  let gap = 0;
  while (at - gap - 1 >= 0 && /\s/.test(sentence[at - gap - 1] ?? '')) gap++;
  return gap;
}

/** Drops the optional fields that have no value, so the fact carries only what was read. */
function clean(span: ValueSpan): ValueSpan {
  const out: ValueSpan = { kind: span.kind, value: span.value.trim(), start: span.start, end: span.end };
  if (span.number !== undefined && Number.isFinite(span.number)) out.number = span.number;
  if (span.unit) out.unit = span.unit;
  if (span.qualifier) out.qualifier = span.qualifier;
  if (span.counted) out.counted = span.counted;
  if (span.age) out.age = true;
  return out;
}

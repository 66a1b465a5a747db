import type { FactShape } from '../../core/brief.schema.js';
import type { CountPredicate } from './count-predicate.js';
import type { CountedPhrase } from './counted-phrase.js';

export type ValueKind = 'money' | 'count' | 'percent' | 'temperature' | 'duration' | 'quantity';

/** A typed value as written in a sentence: "more than 100", "212.1 billion yuan", "80%", "213-208". */
export interface ValueSpan {
  kind: ValueKind;
  /** Exactly as written, qualifier included ("more than 100"); for a count, without the thing counted. */
  value: string;
  start: number;
  end: number;
  number?: number | undefined;
  unit?: string | undefined;
  qualifier?: string | undefined;
  /** For a count, the phrase naming what is counted. */
  counted?: CountedPhrase | undefined;
  /** For a count with no noun after it, the verb or state it counts ("killed two", "five missing"). */
  predicate?: CountPredicate | undefined;
  /** Two numbers read as one value: a score, a range or a part of a whole. */
  shape?: FactShape | undefined;
  numbers?: number[] | undefined;
  /** "Klopp, 47," — an age in an apposition. */
  age?: boolean | undefined;
}

/** Drops the optional fields that have no value, so the fact carries only what was read. */
export function clean(span: ValueSpan): ValueSpan {
  const out: ValueSpan = { kind: span.kind, value: span.value.trim(), start: span.start, end: span.end };
  if (span.number !== undefined && Number.isFinite(span.number)) out.number = span.number;
  if (span.unit) out.unit = span.unit;
  if (span.qualifier) out.qualifier = span.qualifier;
  if (span.counted) out.counted = span.counted;
  if (span.predicate) out.predicate = span.predicate;
  if (span.shape) out.shape = span.shape;
  if (span.numbers?.every(Number.isFinite)) out.numbers = span.numbers;
  if (span.age) out.age = true;
  return out;
}

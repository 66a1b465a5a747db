import type { Fact } from '../../core/brief.schema.js';
import {
  clauseEnd,
  clauseStart,
  type SentenceInfo,
  type SubjectFallback,
  scopeStart,
  subjectOf,
  trimPhrase,
} from './fact-subject.js';
import type { ValueSpan } from './value-span.js';
import { findValues } from './value-spans.js';
import { AUXILIARIES } from './words.js';

const MAX_DESCRIPTION_WORDS = 14;
const PASSIVE_BE =
  /^(?:were|was|are|is|been|being|be|have been|has been|had been|will be)\s+(?=\S+(?:ed|en|wn|ung|ught)\b)/i;
/** A phrase cut short before the next value keeps no dangling "and" or comma. */
const LOOSE_END = /[\s,;]*(?:\b(?:and|or|but|while|with|as well as)\b[\s,]*)*$/i;

const NEW_PREDICATE = /^\s*(?:and|or|but)\b/i;

/** The stretch of a sentence one value's words may come from: between the values either side of it. */
interface Bounds {
  floor: number;
  limit: number;
}

/** Money, counts, percentages, temperatures, durations and quantities of one sentence, as brief facts. */
export function numericFacts(info: SentenceInfo, fallback: SubjectFallback): Fact[] {
  const spans = findValues(info.text, info.words);
  return spans.map((span, i) => {
    const end = span.counted?.end ?? span.end;
    const previous = spans[i - 1];
    const bounds = {
      floor: previous ? (previous.counted?.end ?? previous.end) : 0,
      limit: spans[i + 1]?.start ?? info.text.length,
    };
    const fact: Fact = {
      kind: span.kind,
      subject: subjectOf(info, span.start, end, fallback),
      description: describe(info.text, span, bounds),
      value: span.value,
      sentence: info.index,
    };
    if (span.unit) fact.unit = span.unit;
    if (span.number !== undefined) fact.number = span.number;
    if (span.shape) fact.shape = span.shape;
    if (span.numbers) fact.numbers = span.numbers;
    if (span.qualifier) fact.qualifier = span.qualifier;
    return fact;
  });
}

/** The sentence's own words for what the value measures. */
function describe(text: string, span: ValueSpan, bounds: Bounds): string {
  if (span.age) return 'age';
  const scope = scopeStart(text, span.start);
  let left = text.slice(clauseStart(text, span.start, scope), span.start);
  if (span.qualifier && !span.value.toLowerCase().startsWith(span.qualifier)) {
    left = left.replace(new RegExp(`${span.qualifier}\\s*$`, 'i'), '');
  }
  const tailFrom = (from: number) => tail(text, from, bounds.limit);
  if (span.predicate) return describePredicate(text, span, tailFrom);
  if (span.counted && span.kind === 'count') {
    // What another value of the sentence counts is not what this one counts.
    const ownLeft = text.slice(Math.max(bounds.floor, span.start - left.length), span.start);
    return describeCount(span, ownLeft, tailFrom(span.counted.end));
  }
  if (span.counted) return `${span.counted.text} ${tailFrom(span.counted.end)}`.trim();
  const before = lastWords(trimPhrase(left), MAX_DESCRIPTION_WORDS);
  const right = tailFrom(span.end);
  const rightWords = lastWords(right, -MAX_DESCRIPTION_WORDS);
  if (before.split(' ').length >= 2) return /^of\s/.test(right) ? `${before} … ${rightWords}` : before;
  if (rightWords) return before ? `${before} … ${rightWords}` : rightWords;
  return before || span.kind;
}

/** The rest of the value's clause, stopping short of the next value and of a new predicate ("and left …"). */
function tail(text: string, from: number, limit: number): string {
  const rest = text.slice(from, Math.min(clauseEnd(text, from), Math.max(from, limit)));
  return NEW_PREDICATE.test(rest) ? '' : rest.replace(LOOSE_END, '').trim();
}

/** "70 [major investment projects] [were signed and landed in Chongqing]" → the phrase and its predicate. */
function describeCount(span: ValueSpan, left: string, after: string): string {
  const counted = span.counted as NonNullable<ValueSpan['counted']>;
  const firstAfter = after.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (after && (AUXILIARIES.has(firstAfter) || /ed$/.test(firstAfter))) {
    return `${counted.text} ${lastWords(after.replace(PASSIVE_BE, ''), -MAX_DESCRIPTION_WORDS)}`;
  }
  const lead = left
    .trim()
    .replace(/^(?:and|but|or|so|while|then|who|which|that)\s+/i, '')
    .replace(/(?:\b(?:a|the)\s+total\s+of|\b(?:a|an|the|of|some|all))\s*$/i, '')
    .trim();
  // "Huawei has reached cooperation intentions with [more than 100 enterprises …]".
  if (/\s/.test(lead)) return `${counted.text} that ${lastWords(lead, MAX_DESCRIPTION_WORDS)}`;
  return after ? `${counted.text} ${lastWords(after, -MAX_DESCRIPTION_WORDS)}` : counted.text;
}

/** "killed [two]" → "killed"; "left [five] missing" → "left … missing"; "[two] were arrested after …". */
function describePredicate(text: string, span: ValueSpan, tailFrom: (from: number) => string): string {
  const predicate = span.predicate as NonNullable<ValueSpan['predicate']>;
  if (!predicate.after)
    return [predicate.head, lastWords(tailFrom(span.end), -MAX_DESCRIPTION_WORDS)].join(' ').trim();
  const verbBefore = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1];
  const lead =
    verbBefore && !AUXILIARIES.has(verbBefore) && /(?:ed|t|ft)$/.test(verbBefore) ? `${verbBefore} … ` : '';
  return `${lead}${predicate.head} ${lastWords(tailFrom(predicate.end), -MAX_DESCRIPTION_WORDS)}`.trim();
}

/** The last `n` words of a phrase, or with a negative `n` its first `-n` words. */
function lastWords(phrase: string, n: number): string {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  return (n > 0 ? words.slice(-n) : words.slice(0, -n)).join(' ');
}

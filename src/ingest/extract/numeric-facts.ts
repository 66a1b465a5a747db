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
import { findValues, type ValueSpan } from './value-spans.js';
import { AUXILIARIES } from './words.js';

const MAX_DESCRIPTION_WORDS = 14;
const PASSIVE_BE =
  /^(?:were|was|are|is|been|being|be|have been|has been|had been|will be)\s+(?=\S+(?:ed|en|wn|ung|ught)\b)/i;

/** Money, counts, percentages, temperatures, durations and quantities of one sentence, as brief facts. */
export function numericFacts(info: SentenceInfo, fallback: SubjectFallback): Fact[] {
  return findValues(info.text, info.words).map((span) => {
    const end = span.counted?.end ?? span.end;
    const fact: Fact = {
      kind: span.kind,
      subject: subjectOf(info, span.start, end, fallback),
      description: describe(info.text, span),
      value: span.value,
      sentence: info.index,
    };
    if (span.unit) fact.unit = span.unit;
    if (span.number !== undefined) fact.number = span.number;
    if (span.qualifier) fact.qualifier = span.qualifier;
    return fact;
  });
}

/** The sentence's own words for what the value measures. */
function describe(text: string, span: ValueSpan): string {
  if (span.age) return 'age';
  const scope = scopeStart(text, span.start);
  let left = text.slice(clauseStart(text, span.start, scope), span.start);
  if (span.qualifier && !span.value.toLowerCase().startsWith(span.qualifier)) {
    left = left.replace(new RegExp(`${span.qualifier}\\s*$`, 'i'), '');
  }
  if (span.counted && span.kind === 'count') return describeCount(text, span, left);
  if (span.counted)
    return `${span.counted.text} ${text.slice(span.counted.end, clauseEnd(text, span.counted.end)).trim()}`.trim();
  const before = lastWords(trimPhrase(left), MAX_DESCRIPTION_WORDS);
  const right = text.slice(span.end, clauseEnd(text, span.end)).trim();
  const rightWords = lastWords(right, -MAX_DESCRIPTION_WORDS);
  if (before.split(' ').length >= 2) return /^of\s/.test(right) ? `${before} … ${rightWords}` : before;
  if (rightWords) return before ? `${before} … ${rightWords}` : rightWords;
  return before || span.kind;
}

/** "70 [major investment projects] [were signed and landed in Chongqing]" → the phrase and its predicate. */
function describeCount(text: string, span: ValueSpan, left: string): string {
  const counted = span.counted as NonNullable<ValueSpan['counted']>;
  const after = text.slice(counted.end, clauseEnd(text, counted.end)).trim();
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

/** The last `n` words of a phrase, or with a negative `n` its first `-n` words. */
function lastWords(phrase: string, n: number): string {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  return (n > 0 ? words.slice(-n) : words.slice(0, -n)).join(' ');
}

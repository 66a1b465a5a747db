import type { FactShape } from '../brief.schema.js';

/**
 * Typed values written in a sentence — sums of money, counts, percentages, temperatures, dates, durations,
 * quantities — found with patterns, so that a sentence the brief has no fact for can still answer
 * "how much", "how many" or "when". Values are read whole ("$15 billion", "£20m", "twenty-five"), and two
 * numbers written as one value are one span: a score ("213-208"), a range ("20-30%"), a part ("7 of 630").
 */

export type SpanKind = 'money' | 'percent' | 'temperature' | 'date' | 'duration' | 'quantity' | 'count';

export interface TypedSpan {
  kind: SpanKind;
  text: string;
  start: number;
  end: number;
  /** Set when the span is two numbers read as one value. */
  shape?: FactShape;
  /** What a count counts, when the words right after it say: "workers" of "1.7 million workers". */
  counts?: string;
}

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
// The core may import nothing from outside src/core, so it keeps its own few number words.
const UNIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEEN_WORD = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const TENS_WORD = `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-${UNIT_WORD})?`;
const NUMBER_WORD = `(?:${TENS_WORD}|${TEEN_WORD}|${UNIT_WORD}|hundred|dozens?|hundreds|thousands|several|a few)`;
const QUANTITY = String.raw`(?:${NUMBER}|${NUMBER_WORD})(?:[\s-](?:hundred|thousand|million|billion|trillion|bn|m))?`;
const QUALIFIER = String.raw`(?:(?:more|fewer|less) than|over|about|around|nearly|almost|approximately|roughly|at least|up to|some|an estimated)\s`;
const SCALE = String.raw`(?:\s(?:hundred|thousand|million|billion|trillion)|(?:bn|mn|tn|m|k|b)\b)?`;
const CURRENCY_WORD = `(?:yuan|renminbi|RMB|dollars?|US dollars|euros?|pounds?(?: sterling)?|yen|rupees?|roubles?|rubles?|won|francs?|pesos?|USD|EUR|GBP|CNY|JPY)`;
// Before a number "won" is the verb ("won 3 of 5"), never the currency.
const CURRENCY_BEFORE = CURRENCY_WORD.replace('|won|', '|');
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?`;
const WEEKDAY = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const TIME_UNIT = `(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)`;
const MEASURE_UNIT = `(?:km|kilometers?|kilometres?|miles?|meters?|metres?|feet|foot|inches|tons?|tonnes?|kg|kilograms?|pounds?|square (?:kilometers?|kilometres?|miles?|meters?|metres?|feet)|hectares?|acres?|liters?|litres?|gallons?|barrels?|megawatts?|gigawatts?|MW|GW|kWh|mph|km/h)`;
// "one" counts only where it opens a part or a rate: "one of 12", "one in five".
const COUNT_WORD = `(?:${TENS_WORD}|${TEEN_WORD}|two|three|four|five|six|seven|eight|nine|hundreds|thousands|dozens|one(?=\\s(?:in|of|out of)\\s(?:the\\s)?(?:\\d|${NUMBER_WORD}\\b)))`;

const PATTERNS: ReadonlyArray<[SpanKind, RegExp]> = [
  [
    'money',
    new RegExp(
      String.raw`(?:${QUALIFIER})?(?:(?:US|HK|A|C)?[$€£¥]\s?${NUMBER}${SCALE}|(?:${QUANTITY})${SCALE}\s${CURRENCY_WORD}|${CURRENCY_BEFORE}\s${NUMBER}${SCALE})`,
      'gi',
    ),
  ],
  [
    'percent',
    new RegExp(String.raw`(?:${QUALIFIER})?${NUMBER}\s?(?:%|percent\b|per cent\b|percentage points?)`, 'gi'),
  ],
  [
    'temperature',
    new RegExp(
      String.raw`-?${NUMBER}\s?(?:°\s?[CF]?|degrees?(?:\s(?:Celsius|Fahrenheit|centigrade|C\b|F\b))?)`,
      'gi',
    ),
  ],
  [
    'date',
    new RegExp(
      String.raw`\b(?:${MONTH}(?:\s(?:of\s)?\d{4}\b|\s(?:this|last|next) year)|(?:${WEEKDAY},?\s)?${MONTH}\s\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?${MONTH}(?:,?\s\d{4})?|(?:early|mid|late)[\s-]\d{4}s?|\d{4}s\b|\b(?:1[5-9]\d{2}|20\d{2})\b(?!\s?(?:%|percent|yuan|dollars|people|[a-z]+s\b))|(?:the\s)?\d{1,2}(?:st|nd|rd|th)(?:\s(?:and|or|to)\s\d{1,2}(?:st|nd|rd|th))?\scentur(?:y|ies)|the\s\d{1,2}(?:st|nd|rd|th)\b(?!\s(?:century|centuries|and|or|to)\b)|${WEEKDAY}|yesterday|today|tomorrow|(?:last|this|next) (?:weekend|week|month|year)\b)`,
      'g',
    ),
  ],
  [
    'date',
    /(?<=\b(?:in|since|by|until|from|before|after|during|of|around|circa|early|late)\s)(?:[1-9]\d{2}|1\d{3}|20\d{2})s?\b(?!\s?(?:%|[a-z]+s\b))/gi,
  ],
  ['duration', new RegExp(String.raw`(?:${QUALIFIER})?(?:${QUANTITY})[\s-]${TIME_UNIT}\b`, 'gi')],
  ['quantity', new RegExp(String.raw`(?:${QUALIFIER})?(?:${QUANTITY})\s${MEASURE_UNIT}\b`, 'gi')],
  [
    'count',
    new RegExp(
      String.raw`(?:${QUALIFIER})?(?:\b${NUMBER}\b|\b${COUNT_WORD}\b)(?:\s(?:hundred|thousand|million|billion))?(?!\s?(?:%|percent|°|degrees?))`,
      'gi',
    ),
  ],
];

// What a count counts: a few words up to a plural noun, or a state ("five missing", "two were arrested").
const STOP = String.raw`(?:the|a|an|of|and|or|in|on|at|to|for|from|by|with|was|were|is|are|has|have|had|its|his|this|as|than|that|who|which)\b`;
const PLURAL = String.raw`(?:(?!${STOP})[a-z][a-z'-]*[^siu\W']s|people|children|men|women|police|staff|personnel|crew|cattle|sheep|fish|aircraft)\b`;
const COUNTED_AFTER = new RegExp(String.raw`^[\s-]+((?:(?!${STOP})[a-z][a-z-]*\s+){0,3}?${PLURAL})`);
const STATE_AFTER =
  /^\s+(?:(?:were|was|are|have|has|had)\s+(?:been\s+)?([a-z]{3,}(?:ed|en))\b|(missing|dead|alive|hurt|homeless|[a-z]{3,}ed)(?=\s*(?:[,.;:!?)]|$|\s(?:and|or|but|in|on|at|by|from|after|when|while|during)\b)))/;

/** Every typed value in the text; where two overlap, the more specific kind (earlier in PATTERNS) wins. */
export function findTypedSpans(text: string): TypedSpan[] {
  const spans: TypedSpan[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0].trim() === '') continue;
      if (spans.some((s) => start < s.end && end > s.start)) continue;
      spans.push({ kind, text: match[0].trim(), start, end });
    }
  }
  const out: TypedSpan[] = [];
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    const after = span.kind === 'count' ? text.slice(span.end, span.end + 60) : '';
    const state = STATE_AFTER.exec(after);
    const counts = COUNTED_AFTER.exec(after)?.[1] ?? state?.[1] ?? state?.[2];
    if (counts) span.counts = counts;
    // Two neighbouring values that are one — "213-208", "20-30%", "between 40 and 60", "7 of 630" — joined.
    const previous = out.at(-1);
    const pair = previous && pairOf(text, previous, span);
    if (pair) out[out.length - 1] = pair;
    else out.push(span);
  }
  return out;
}

function pairOf(text: string, a: TypedSpan, b: TypedSpan): TypedSpan | undefined {
  if (a.kind === 'date' || b.kind === 'date' || a.shape || b.shape) return undefined;
  if (a.kind !== 'count' && b.kind !== 'count' && a.kind !== b.kind) return undefined;
  const gap = text.slice(a.end, b.start);
  const before = text.slice(Math.max(0, a.start - 12), a.start);
  const bare = a.kind === 'count' && b.kind === 'count';
  // "Boeing 737-800": numbers joined right after a capitalised word belong to a name.
  if (/[-–]/.test(gap) && /\p{Lu}\p{L}*\s+$/u.test(before)) return undefined;
  const between = /\bbetween\s+$/i.exec(before);
  let shape: FactShape | undefined;
  // "won 3-1", "213-208" are scores; "20-30 people", "20-30%", "aged 5-11" are ranges.
  if (/^\s?[-–]\s?$/.test(gap)) shape = bare && !b.counts && figure(a) >= figure(b) ? 'score' : 'range';
  else if (/^\s+to\s+$/.test(gap) && !/\bfrom\s+$/i.test(before)) {
    // "passed 213 to 208": a tally names the larger side first.
    shape = !bare || b.counts ? 'range' : figure(a) > figure(b) ? 'score' : undefined;
  } else if (/^\s+and\s+$/.test(gap) && between) shape = 'range';
  else if (bare && /^\s+(?:(?:out\s+)?of(?:\sthe)?|in)\s+$/.test(gap)) shape = 'ratio';
  if (!shape) return undefined;
  const start = shape === 'range' && between ? a.start - between[0].length : a.start;
  const kind = b.kind === 'count' ? a.kind : b.kind;
  const pair: TypedSpan = { kind, text: text.slice(start, b.end).trim(), start, end: b.end, shape };
  if (b.counts) pair.counts = b.counts;
  return pair;
}

function figure(span: TypedSpan): number {
  return Number(span.text.replace(/[^\d.]/g, '')) || Number.NaN;
}

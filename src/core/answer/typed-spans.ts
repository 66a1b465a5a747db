/**
 * Typed values written in a sentence — sums of money, counts, percentages, temperatures, dates, durations,
 * quantities — found with patterns, so that a sentence the brief has no fact for can still answer
 * "how much", "how many" or "when".
 */

export type SpanKind = 'money' | 'percent' | 'temperature' | 'date' | 'duration' | 'quantity' | 'count';

export interface TypedSpan {
  kind: SpanKind;
  text: string;
  start: number;
  end: number;
}

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const NUMBER_WORD = `(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|hundreds|thousands|several|a few)`;
const QUANTITY = String.raw`(?:${NUMBER}|${NUMBER_WORD})(?:[\s-](?:hundred|thousand|million|billion|trillion|bn|m))?`;
const QUALIFIER = String.raw`(?:(?:more|fewer|less) than|over|about|around|nearly|almost|approximately|roughly|at least|up to|some|an estimated)\s`;
const SCALE = String.raw`(?:\s(?:hundred|thousand|million|billion|trillion))?`;
const CURRENCY_WORD = `(?:yuan|renminbi|RMB|dollars?|US dollars|euros?|pounds?(?: sterling)?|yen|rupees?|roubles?|rubles?|won|francs?|pesos?|USD|EUR|GBP|CNY|JPY)`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?`;
const WEEKDAY = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const TIME_UNIT = `(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)`;
const MEASURE_UNIT = `(?:km|kilometers?|kilometres?|miles?|meters?|metres?|feet|foot|inches|tons?|tonnes?|kg|kilograms?|pounds?|square (?:kilometers?|kilometres?|miles?|meters?|metres?|feet)|hectares?|acres?|liters?|litres?|gallons?|barrels?|megawatts?|gigawatts?|MW|GW|kWh|mph|km/h)`;

const PATTERNS: ReadonlyArray<[SpanKind, RegExp]> = [
  [
    'money',
    new RegExp(
      String.raw`(?:${QUALIFIER})?(?:(?:US)?[$€£¥]\s?${NUMBER}${SCALE}|(?:${QUANTITY})${SCALE}\s${CURRENCY_WORD}|${CURRENCY_WORD}\s${NUMBER}${SCALE})`,
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
      String.raw`\b(?:${MONTH}(?:\s(?:of\s)?\d{4}\b|\s(?:this|last|next) year)|(?:${WEEKDAY},?\s)?${MONTH}\s\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?${MONTH}(?:,?\s\d{4})?|(?:early|mid|late)[\s-]\d{4}s?|\d{4}s\b|\b(?:1[5-9]\d{2}|20\d{2})\b(?!\s?(?:%|percent|yuan|dollars|people|[a-z]+s\b))|(?:the\s)?\d{1,2}(?:st|nd|rd|th)(?:\s(?:and|or|to)\s\d{1,2}(?:st|nd|rd|th))?\scentur(?:y|ies)|the\s\d{1,2}(?:st|nd|rd|th)\b(?!\s(?:century|centuries|and|or|to)\b)|${WEEKDAY}|yesterday|today|tomorrow|(?:last|this|next) (?:week|month|year|weekend))`,
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
      String.raw`(?:${QUALIFIER})?(?:\b${NUMBER}\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\b)(?:\s(?:hundred|thousand|million|billion))?(?!\s?(?:%|percent|°|degrees?))`,
      'gi',
    ),
  ],
];

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
  return spans.sort((a, b) => a.start - b.start);
}

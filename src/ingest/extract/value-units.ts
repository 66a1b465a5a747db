/**
 * What may follow a number and what it makes of it: a currency, a percent sign, degrees, a time unit, a unit
 * of measure. Each pattern is anchored at the end of the number (sticky), so reading one costs one test.
 */

export const QUALIFIER =
  /(?:^|[\s(“"‘])((?:more|fewer|less) than|over|under|about|around|nearly|almost|approximately|roughly|some|at least|at most|up to|as (?:many|much|few) as|close to|just (?:over|under)|well over|an estimated|estimated|in excess of|upwards of|no (?:fewer|more) than|only|just|a further|another)\s+$/i;

/** A verb before the value that hedges it: "may reach 40.8 days". */
export const HEDGE =
  /\b((?:may|might|could|would|will|is expected to|are expected to|(?:is|are) set to)\s+(?:reach|exceed|top|hit|surpass|rise to|fall to))\s+$/i;

/** Currency written before the number, longest first: "US$", "HK$", "£", "RMB ". */
export const CURRENCY_BEFORE =
  /(US\$|A\$|AU\$|C\$|HK\$|NZ\$|S\$|R\$|\$|£|€|¥|₹|Rs\.?\s?|RMB\s?|USD\s?|EUR\s?|GBP\s?|CNY\s?|JPY\s?)$/;

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  S$: 'SGD',
  R$: 'BRL',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  Rs: 'INR',
  'Rs.': 'INR',
  RMB: 'CNY',
};

/** "million", "bn", "m" right after the number (a bare "m" only counts as million after a currency sign). */
export const SCALE_AFTER =
  /\s?(hundred|thousand|million|billion|trillion)\b|(bn|mn|mln|tn|m|k|b)(?![\p{L}\d])/uy;

/** "tens of billions", "hundreds of thousands": a magnitude without a figure. */
export const VAGUE_MAGNITUDE = /\s+of\s+(thousands|millions|billions|trillions)\b/iy;

export const CURRENCY_AFTER =
  /\s(?:(?:US|Hong Kong|Australian|Canadian|Singapore|New Zealand|Taiwan) )?(yuan|renminbi|RMB|dollars?|euros?|pounds?(?: sterling)?|yen|rupees?|roubles?|rubles?|won|francs?|pesos?|rand|naira|lira|dirhams?|riyals?|USD|EUR|GBP|CNY|JPY)\b/iy;

const CURRENCY_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:yuan|renminbi|rmb|cny)$/, 'CNY'],
  [/^(?:australian dollars?)$/, 'AUD'],
  [/^(?:canadian dollars?)$/, 'CAD'],
  [/^(?:hong kong dollars?)$/, 'HKD'],
  [/^(?:singapore dollars?)$/, 'SGD'],
  [/^(?:new zealand dollars?)$/, 'NZD'],
  [/^(?:taiwan dollars?)$/, 'TWD'],
  [/dollars?$|^usd$/, 'USD'],
  [/^(?:euros?|eur)$/, 'EUR'],
  [/^(?:pounds?(?: sterling)?|gbp)$/, 'GBP'],
  [/^(?:yen|jpy)$/, 'JPY'],
  [/^rupees?$/, 'INR'],
  [/^r[ou]bles?$/, 'RUB'],
  [/^won$/, 'KRW'],
  [/^francs?$/, 'CHF'],
  [/^pesos?$/, 'MXN'],
  [/^rand$/, 'ZAR'],
  [/^naira$/, 'NGN'],
  [/^lira$/, 'TRY'],
  [/^dirhams?$/, 'AED'],
  [/^riyals?$/, 'SAR'],
];

export function currencyCode(written: string): string {
  const symbol = CURRENCY_SYMBOLS[written.trim()];
  if (symbol) return symbol;
  const lower = written.trim().toLowerCase();
  return CURRENCY_WORDS.find(([pattern]) => pattern.test(lower))?.[1] ?? written.trim().toUpperCase();
}

export const PERCENT_AFTER = /\s?(%|percent\b|per cent\b|percentage points?\b)/iy;

/** "42 degrees", "30°C", "-5C" (a bare "degrees" needs a word of weather nearby, see TEMPERATURE_CUE). */
export const TEMPERATURE_AFTER =
  /(?:\s?([°º]\s?[CF]?)|\s?(degrees?)(?:\s(Celsius|Fahrenheit|centigrade|C|F)\b)?|([CF])(?![\p{L}\d]))/uy;

export const TEMPERATURE_CUE =
  /temperat|heat|hot\b|cold|warm|weather|freez|celsius|fahrenheit|°|thermometer|degrees? (?:below|above)|chill/i;

/** "six months", "40.8 days", "three-year", "four-day-long"; "39-year-old" is an age. */
export const TIME_UNIT_AFTER =
  /(?:\s|-)(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century)\b(-old|\sold\b)?/iy;

export const MEASURE_AFTER =
  /(?:\s|-)?(km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|cm|centimet(?:er|re)s?|mm|millimet(?:er|re)s?|feet|foot|ft|inch(?:es)?|tons?|tonnes?|kg|kilos?|kilograms?|grams?|pounds?|lbs?|lit(?:er|re)s?|gallons?|barrels?|hectares?|acres?|square (?:kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|km|yards?)|sq km|cubic met(?:er|re)s?|megawatts?|gigawatts?|kilowatts?|MW|GW|kW|kWh|mph|km\/h|kph|knots?|yards?|GB|TB|MB|calories|storeys)(?![\p{L}\d])/uy;

/** Units written only attached to the number ("5,000m", "200g"). */
export const ATTACHED_MEASURE_AFTER = /(m|g)(?![\p{L}\d])/uy;

/** "pounds" is weight, not money, in a sentence about weighing. */
export const WEIGHT_CUE = /\bweigh|\bheav(?:y|ier|iest)\b|\blbs?\b/i;

export const TIME_OF_DAY_AFTER =
  /(?::\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b|hrs\b|GMT\b|BST\b|EST\b|EDT\b|PST\b|local time\b))/iy;

export function singularOrPlural(unit: string, number: number | undefined): string {
  const lower = unit.toLowerCase();
  if (lower === 'century' || lower === 'centuries') return number === 1 ? 'century' : 'centuries';
  const singular = lower.replace(/s$/, '');
  return number === 1 ? singular : `${singular}s`;
}

/** Plain anchored test: the match of a sticky pattern at `at`, or null. */
export function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

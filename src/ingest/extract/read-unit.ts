import { readNumber } from './numbers.js';
import {
  ATTACHED_MEASURE_AFTER,
  CURRENCY_AFTER,
  currencyCode,
  MEASURE_AFTER,
  matchAt,
  PERCENT_AFTER,
  SCALE_AFTER,
  singularOrPlural,
  TEMPERATURE_AFTER,
  TEMPERATURE_CUE,
  TIME_UNIT_AFTER,
  VAGUE_MAGNITUDE,
  WEIGHT_CUE,
} from './value-units.js';

export type ReadKind = 'money' | 'count' | 'percent' | 'temperature' | 'duration' | 'quantity';

/** What the words after a number make of it: kind, scaled number, unit, and where the value ends. */
export interface UnitReading {
  kind: ReadKind;
  end: number;
  number?: number | undefined;
  unit?: string | undefined;
  /** "tens of billions": a size without a figure. */
  magnitude?: boolean | undefined;
  /** "39-year-old". */
  age?: boolean | undefined;
  /** The scale word read after the number ("million" of "20 million"), which a range's first number shares. */
  scale?: string | undefined;
}

const VAGUE = /^(?:tens|dozens|hundreds|thousands|millions|billions)$/i;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

export function readUnit(
  sentence: string,
  core: string,
  coreEnd: number,
  currency: string | undefined,
): UnitReading | undefined {
  let end = coreEnd;
  let scale: string | undefined;
  let magnitude = false;
  if (VAGUE.test(core)) {
    const more = matchAt(VAGUE_MAGNITUDE, sentence, end);
    if (more) end += more[0].length;
    magnitude = more !== null || /^(?:millions|billions)$/i.test(core);
    if (/^tens$/i.test(core) && !more) return undefined;
  } else {
    const found = matchAt(SCALE_AFTER, sentence, end);
    const word = found?.[1] ?? found?.[2];
    // A bare "m" or "b" is million or billion only after a currency sign ("£20m"); "5,000m" is metres.
    if (found && word && (found[1] || currency || !/^[mb]$/i.test(word))) {
      scale = word;
      end += found[0].length;
    }
  }
  const number = VAGUE.test(core) ? undefined : readNumber(core, scale);
  const reading: UnitReading | undefined = currency
    ? { kind: 'money', end, number, unit: currencyCode(currency) }
    : readUnitAfter(sentence, core, end, number, magnitude);
  return reading && scale ? { ...reading, scale } : reading;
}

function readUnitAfter(
  sentence: string,
  core: string,
  end: number,
  number: number | undefined,
  magnitude: boolean,
): UnitReading | undefined {
  const percent = matchAt(PERCENT_AFTER, sentence, end);
  if (percent) return { kind: 'percent', end: end + percent[0].length, number, unit: '%' };
  const money = matchAt(CURRENCY_AFTER, sentence, end);
  if (money?.[1] && !(/^pounds?$/i.test(money[1]) && WEIGHT_CUE.test(sentence))) {
    return { kind: 'money', end: end + money[0].length, number, unit: currencyCode(money[0].trim()) };
  }
  if (/^\d/.test(core)) {
    const temperature = matchAt(TEMPERATURE_AFTER, sentence, end);
    if (
      temperature &&
      (temperature[1] || temperature[3] || temperature[4] || TEMPERATURE_CUE.test(sentence))
    ) {
      const fahrenheit = /F/.test(temperature[1] ?? temperature[3] ?? temperature[4] ?? '');
      return {
        kind: 'temperature',
        end: end + temperature[0].length,
        number,
        unit: fahrenheit ? '°F' : '°C',
      };
    }
  }
  const time = matchAt(TIME_UNIT_AFTER, sentence, end);
  if (time?.[1]) {
    const unit = singularOrPlural(time[1], number);
    if (time[2]) return { kind: 'quantity', end: end + time[0].length, number, unit: 'years', age: true };
    return { kind: 'duration', end: end + time[0].length, number, unit };
  }
  const measure = matchAt(MEASURE_AFTER, sentence, end) ?? matchAt(ATTACHED_MEASURE_AFTER, sentence, end);
  if (measure?.[1])
    return { kind: 'quantity', end: end + measure[0].length, number, unit: measure[1].toLowerCase() };
  // Glued letters make a name or a code, not a count: "5G", "3D", "22nd".
  if (LETTER_OR_DIGIT.test(sentence[end] ?? '')) return undefined;
  return { kind: 'count', end, number, magnitude };
}

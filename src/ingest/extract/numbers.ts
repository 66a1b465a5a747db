import { wordsToNumbers } from 'words-to-numbers';
import { TEN, UNIT } from 'words-to-numbers/dist/constants.js';

/** Numbers as written in news ("212.1 billion", "1,200", "twenty-five", "£20m") read as plain numbers. */

/** Powers of ten of the scale words and their short forms. */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 2,
  thousand: 3,
  k: 3,
  million: 6,
  m: 6,
  mn: 6,
  mln: 6,
  billion: 9,
  bn: 9,
  b: 9,
  trillion: 12,
  tn: 12,
};

/** The library's tables hold ordinals too ("fifth", "twentieth"); every English ordinal ends like these. */
const ORDINAL_ENDING = /(?:st|nd|rd|th)$/;

/** Cardinal words of a table worth `min` to `max`, longest first (so no alternative hides a longer one). */
function cardinals(table: Readonly<Record<string, number>>, min: number, max: number): string[] {
  return Object.keys(table)
    .filter((word) => word.length > 1 && !ORDINAL_ENDING.test(word))
    .filter((word) => (table[word] ?? 0) >= min && (table[word] ?? 0) <= max)
    .sort((a, b) => b.length - a.length);
}

// A lone "one" (or "a") is rarely a fact; in "twenty-one" it is part of one.
const UNIT_WORDS = cardinals(UNIT, 2, 19);
const DIGIT_WORDS = cardinals(UNIT, 1, 9);

/** Number words a count may be written with: "seventeen", "forty-two", "two dozen", "a dozen", "a hundred". */
export const NUMBER_WORD_PATTERN = `(?:(?:(?:${cardinals(TEN, 20, 90).join('|')})(?:-(?:${DIGIT_WORDS.join('|')}))?|${UNIT_WORDS.join('|')})(?:\\s+dozen)?|a dozen|a hundred|hundred)`;

/**
 * The number a numeral or number word stands for, times its scale ("212.1", "billion" → 212100000000);
 * undefined when the words are vague ("dozens") or not a number at all.
 */
export function readNumber(numeral: string, scale?: string): number | undefined {
  const base = readNumeral(numeral.toLowerCase());
  if (base === undefined) return undefined;
  const power = scale ? SCALES[scale.toLowerCase()] : 0;
  if (power === undefined) return undefined;
  return scaleExactly(base, power);
}

function readNumeral(text: string): { digits: number; decimals: number } | undefined {
  const plain = text.replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(plain)) {
    const point = plain.indexOf('.');
    const decimals = point === -1 ? 0 : plain.length - point - 1;
    return { digits: Number(plain.replace('.', '')), decimals };
  }
  const value = readNumberWords(text.trim());
  return value === undefined ? undefined : { digits: value, decimals: 0 };
}

/** "twenty-five" → 25, "a hundred" → 100, "two dozen" → 24; undefined for anything but a whole number. */
export function readNumberWords(text: string): number | undefined {
  // A dozen is a collective noun, not a number word, so the library does not read it.
  const dozen = /^(?:(.+?)\s+)?dozen$/.exec(text);
  if (dozen) {
    const times = dozen[1] === undefined ? 1 : readNumberWords(dozen[1]);
    return times === undefined ? undefined : times * 12;
  }
  // The library reads a lone article as itself; before a scale ("a million") it means one.
  if (text === 'a' || text === 'an') return 1;
  if (ORDINAL_ENDING.test(text)) return undefined;
  const read = wordsToNumbers(text);
  return typeof read === 'number' && Number.isInteger(read) ? read : undefined;
}

/** 212.1 × 10⁹ computed on the digits, so that it is exactly 212100000000 and not 212099999999.99997. */
function scaleExactly(base: { digits: number; decimals: number }, power: number): number {
  const shift = power - base.decimals;
  return shift >= 0 ? base.digits * 10 ** shift : base.digits / 10 ** -shift;
}

/** Numbers as written in news ("212.1 billion", "1,200", "twenty-five", "£20m") read as plain numbers. */

const UNITS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  hundred: 100,
};

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

/** Number words a count may be written with (not "one" or "a": those are rarely a fact). */
export const NUMBER_WORD_PATTERN =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a hundred|hundred)';

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
  const words = text.split(/[\s-]+/);
  let total = 0;
  for (const word of words) {
    const value = UNITS[word];
    if (value === undefined) return undefined;
    total = value === 100 ? Math.max(total, 1) * 100 : total + value;
  }
  return { digits: total, decimals: 0 };
}

/** 212.1 × 10⁹ computed on the digits, so that it is exactly 212100000000 and not 212099999999.99997. */
function scaleExactly(base: { digits: number; decimals: number }, power: number): number {
  const shift = power - base.decimals;
  return shift >= 0 ? base.digits * 10 ** shift : base.digits / 10 ** -shift;
}

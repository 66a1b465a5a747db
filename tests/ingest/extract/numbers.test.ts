import { describe, expect, it } from 'vitest';
import { NUMBER_WORD_PATTERN, readNumber } from '../../../src/ingest/extract/numbers.js';

describe('readNumber', () => {
  it.each([
    ['212.1', 'billion', 212_100_000_000],
    ['20', 'm', 20_000_000],
    ['1,250', undefined, 1250],
    ['0.5', 'million', 500_000],
    ['twenty-five', undefined, 25],
    ['Ninety-nine', undefined, 99],
    ['seventeen', undefined, 17],
    ['a hundred', undefined, 100],
    ['a dozen', undefined, 12],
    ['three dozen', undefined, 36],
    ['a', 'million', 1_000_000],
    ['one', 'billion', 1_000_000_000],
  ] as const)('%s %s → %d', (numeral, scale, expected) => {
    expect(readNumber(numeral, scale)).toBe(expected);
  });

  it('reads no number from vague words, ordinals or other words', () => {
    for (const words of ['dozens', 'several', 'fifth', 'twentieth', 'lots']) {
      expect(readNumber(words)).toBeUndefined();
    }
  });
});

describe('NUMBER_WORD_PATTERN', () => {
  const whole = new RegExp(`^${NUMBER_WORD_PATTERN}$`, 'i');

  it('matches cardinal number words, not ordinals, "one" or "a"', () => {
    for (const word of [
      'two',
      'eleven',
      'nineteen',
      'forty',
      'sixty-one',
      'a dozen',
      'four dozen',
      'hundred',
    ]) {
      expect(word).toMatch(whole);
    }
    for (const word of ['one', 'a', 'second', 'fortieth', 'ninth']) {
      expect(word).not.toMatch(whole);
    }
  });
});

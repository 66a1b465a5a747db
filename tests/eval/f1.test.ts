import { describe, expect, it } from 'vitest';
import { bestF1, holdsGold, normalizeAnswer, tokenF1 } from '../../scripts/eval/f1.js';

describe('answer normalisation, as the eval README says', () => {
  it('lower-cases, strips punctuation and the words a/an/the', () => {
    expect(normalizeAnswer('The  Normans!')).toEqual(['normans']);
    expect(normalizeAnswer('An apple, a pear; THE end.')).toEqual(['apple', 'pear', 'end']);
    expect(normalizeAnswer('“Denmark, Iceland and Norway”')).toEqual(['denmark', 'iceland', 'and', 'norway']);
  });

  it('removes punctuation inside words rather than splitting them, and keeps words that only start like articles', () => {
    expect(normalizeAnswer('1,000 Anglo-Saxons')).toEqual(['1000', 'anglosaxons']);
    expect(normalizeAnswer('Theatre and anthem')).toEqual(['theatre', 'and', 'anthem']);
  });
});

describe('token F1', () => {
  it('is 1 for answers equal after normalisation', () => {
    expect(tokenF1('the 10th century', '10th century.')).toBe(1);
  });

  it('balances precision and recall', () => {
    // predicted: rollo walker; gold: rollo → precision 1/2, recall 1 → F1 2/3
    expect(tokenF1('Rollo the Walker', 'Rollo')).toBeCloseTo(2 / 3, 10);
    // repeated tokens count only as often as the gold has them: p = 1/3, r = 1/2 → 0.4
    expect(tokenF1('Paris Paris Paris', 'Paris France')).toBeCloseTo(0.4, 10);
    expect(tokenF1('London', 'Paris')).toBe(0);
  });

  it('treats empty normalisations as SQuAD does', () => {
    expect(tokenF1('the', 'a')).toBe(1);
    expect(tokenF1('the', 'Paris')).toBe(0);
  });

  it('takes the best gold', () => {
    expect(bestF1('10th century', ['10th', 'the first half of the 10th century'])).toBeCloseTo(2 / 3, 10);
    expect(bestF1('anything', [])).toBe(0);
  });
});

describe('cited sentence holds a gold answer', () => {
  const sentence = 'They were descended from Norse raiders from Denmark, Iceland and Norway.';
  it('finds a gold as a run of whole normalised tokens', () => {
    expect(holdsGold(sentence, ['Denmark, Iceland and Norway'])).toBe(true);
    expect(holdsGold(sentence, ['Sweden', 'the Norse raiders'])).toBe(true);
  });

  it('does not match part of a word or an empty gold', () => {
    expect(holdsGold(sentence, ['Nor'])).toBe(false);
    expect(holdsGold(sentence, ['the', ''])).toBe(false);
  });
});

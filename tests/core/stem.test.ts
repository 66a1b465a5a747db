import { describe, expect, it } from 'vitest';
import { stem } from '../../src/core/text/stem.js';

/** Examples from Porter (1980), "An algorithm for suffix stripping". */
const PAPER_EXAMPLES: ReadonlyArray<readonly [string, string]> = [
  // step 1a
  ['caresses', 'caress'],
  ['ponies', 'poni'],
  ['ties', 'ti'],
  ['caress', 'caress'],
  ['cats', 'cat'],
  // step 1b
  ['feed', 'feed'],
  ['agreed', 'agre'],
  ['plastered', 'plaster'],
  ['bled', 'bled'],
  ['motoring', 'motor'],
  ['sing', 'sing'],
  ['conflated', 'conflat'],
  ['troubled', 'troubl'],
  ['sized', 'size'],
  ['hopping', 'hop'],
  ['tanned', 'tan'],
  ['falling', 'fall'],
  ['hissing', 'hiss'],
  ['fizzed', 'fizz'],
  ['failing', 'fail'],
  ['filing', 'file'],
  // step 1c
  ['happy', 'happi'],
  ['sky', 'sky'],
  // step 2
  ['relational', 'relat'],
  ['conditional', 'condit'],
  ['rational', 'ration'],
  ['valenci', 'valenc'],
  ['digitizer', 'digit'],
  ['conformabli', 'conform'],
  ['radicalli', 'radic'],
  ['differentli', 'differ'],
  ['vileli', 'vile'],
  ['analogousli', 'analog'],
  ['vietnamization', 'vietnam'],
  ['predication', 'predic'],
  ['operator', 'oper'],
  ['feudalism', 'feudal'],
  ['decisiveness', 'decis'],
  ['hopefulness', 'hope'],
  ['callousness', 'callous'],
  ['formaliti', 'formal'],
  ['sensitiviti', 'sensit'],
  ['sensibiliti', 'sensibl'],
  // step 3
  ['triplicate', 'triplic'],
  ['formative', 'form'],
  ['formalize', 'formal'],
  ['electriciti', 'electr'],
  ['electrical', 'electr'],
  ['hopeful', 'hope'],
  ['goodness', 'good'],
  // step 4
  ['revival', 'reviv'],
  ['allowance', 'allow'],
  ['inference', 'infer'],
  ['airliner', 'airlin'],
  ['gyroscopic', 'gyroscop'],
  ['adjustable', 'adjust'],
  ['defensible', 'defens'],
  ['irritant', 'irrit'],
  ['replacement', 'replac'],
  ['adjustment', 'adjust'],
  ['dependent', 'depend'],
  ['adoption', 'adopt'],
  ['homologou', 'homolog'],
  ['communism', 'commun'],
  ['activate', 'activ'],
  ['angulariti', 'angular'],
  ['homologous', 'homolog'],
  ['effective', 'effect'],
  ['bowdlerize', 'bowdler'],
  // step 5
  ['probate', 'probat'],
  ['rate', 'rate'],
  ['cease', 'ceas'],
  ['controll', 'control'],
  ['roll', 'roll'],
  // several steps
  ['generalizations', 'gener'],
  ['oscillators', 'oscil'],
];

describe('stem', () => {
  it.each(PAPER_EXAMPLES)('stems %s to %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('returns words of length <= 2 unchanged', () => {
    for (const word of ['', 'a', 'is', 'as', 'ed', 'ss']) expect(stem(word)).toBe(word);
  });

  it('gives inflected forms we must match the same stem', () => {
    expect(stem('investments')).toBe(stem('investment'));
    expect(stem('signing')).toBe(stem('signed'));
    expect(stem('signs')).toBe(stem('signed'));
  });

  it('keeps "exhibitors" and "exhibition" apart', () => {
    expect(stem('exhibitors')).not.toBe(stem('exhibition'));
  });

  it('passes numbers and tokens with non-letters through unchanged', () => {
    for (const token of ['212.1', '2024', 'covid-19', "don't", 'Signed', 'naïve']) {
      expect(stem(token)).toBe(token);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { quotedRanges, readWords, WORD_FEATURES } from '../../../src/core/briefing/word-importance.js';
import { tokenize } from '../../../src/core/text/tokenize.js';

const feature = (row: number[] | undefined, name: (typeof WORD_FEATURES)[number]) =>
  row?.[WORD_FEATURES.indexOf(name)];

describe('what the word model reads of an article', () => {
  const sentences = [
    'Acme Corp reported a loss of 40 million dollars on Monday.',
    'The loss was the first in a decade, the chief executive said.',
    '“We will recover,” she said of the loss.',
  ];
  const words = readWords(
    sentences.map((s) => tokenize(s).filter((t) => !t.isStopword)),
    sentences.map(quotedRanges),
    new Set(tokenize('Acme reports a loss').map((t) => t.stem)),
  );
  const stemOf = (word: string) => tokenize(word)[0]?.stem ?? word;

  it('tells a word the article keeps coming back to from one it says once', () => {
    expect(feature(words.get(stemOf('loss')), 'frequency')).toBe(1);
    expect(feature(words.get(stemOf('decade')), 'frequency')).toBeLessThan(1);
    expect(feature(words.get(stemOf('loss')), 'sentenceShare')).toBe(1);
  });

  it('knows where a word first appears, and whether the title has it', () => {
    expect(feature(words.get(stemOf('reported')), 'inFirstSentence')).toBe(1);
    expect(feature(words.get(stemOf('recover')), 'firstSentence')).toBeCloseTo(1 / 3);
    expect(feature(words.get(stemOf('Acme')), 'inTitle')).toBe(1);
    expect(feature(words.get(stemOf('decade')), 'inTitle')).toBe(0);
  });

  it('tells names, numbers and quoted words apart; a capital opening a sentence is no name', () => {
    expect(feature(words.get(stemOf('Corp')), 'capitalised')).toBe(1);
    expect(feature(words.get(stemOf('Acme')), 'capitalised')).toBe(0);
    expect(feature(words.get('40'), 'number')).toBe(1);
    expect(feature(words.get(stemOf('recover')), 'quoted')).toBe(1);
    expect(feature(words.get(stemOf('decade')), 'quoted')).toBe(0);
  });

  it('does not take an apostrophe for the end of a quotation', () => {
    const quote = '‘We don’t know,’';
    expect(quotedRanges(`${quote} he said.`)).toEqual([[0, quote.length]]);
  });
});

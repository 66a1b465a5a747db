import { type Logistic, probability } from '../answer/model/logistic.js';
import type { Token } from '../text/tokenize.js';

/**
 * What the word model reads of each distinct word (by stem) of an article, in this order: how often and how
 * early the article uses it, in how many sentences, whether it is a name, a number or a quoted word, and how
 * long it is. The model gives the chance that a human summary of the article uses the word; a summary that
 * covers the likely words covers what the article is about.
 */
export const WORD_FEATURES = [
  'frequency',
  'firstSentence',
  'inFirstSentence',
  'inFirstThree',
  'sentenceShare',
  'capitalised',
  'number',
  'quoted',
  'inTitle',
  'letters',
] as const;

interface WordTally {
  count: number;
  first: number;
  sentences: number;
  lastSentence: number;
  capitalised: number;
  quoted: number;
  number: boolean;
  letters: number;
}

/**
 * The features of each distinct word of the article's sentences (content tokens, by stem). A capital at a
 * sentence's start says nothing, so only capitals inside a sentence count as a name's.
 */
export function readWords(
  sentences: readonly (readonly Token[])[],
  quotedSpans: readonly (readonly [number, number])[][],
  titleStems: ReadonlySet<string>,
): Map<string, number[]> {
  const tallies = new Map<string, WordTally>();
  let mostFrequent = 1;
  sentences.forEach((tokens, index) => {
    const quotes = quotedSpans[index] ?? [];
    for (const token of tokens) {
      const tally = tallies.get(token.stem) ?? {
        count: 0,
        first: index,
        sentences: 0,
        lastSentence: -1,
        capitalised: 0,
        quoted: 0,
        number: token.isNumber,
        letters: token.norm.length,
      };
      tally.count++;
      if (tally.lastSentence !== index) {
        tally.sentences++;
        tally.lastSentence = index;
      }
      if (token.capitalised && token.start > 0) tally.capitalised++;
      if (quotes.some(([from, to]) => token.start >= from && token.end <= to)) tally.quoted++;
      tallies.set(token.stem, tally);
      mostFrequent = Math.max(mostFrequent, tally.count);
    }
  });
  const total = Math.max(1, sentences.length);
  const features = new Map<string, number[]>();
  for (const [stem, t] of tallies) {
    features.set(stem, [
      Math.log1p(t.count) / Math.log1p(mostFrequent),
      1 / (1 + t.first),
      t.first === 0 ? 1 : 0,
      t.first < 3 ? 1 : 0,
      t.sentences / total,
      t.capitalised / t.count,
      t.number ? 1 : 0,
      t.quoted / t.count,
      titleStems.has(stem) ? 1 : 0,
      Math.min(t.letters, 12) / 12,
    ]);
  }
  return features;
}

/** The chance, for each distinct word, that a summary of the article uses it. */
export function wordImportance(model: Logistic, words: ReadonlyMap<string, number[]>): Map<string, number> {
  const importance = new Map<string, number>();
  for (const [stem, features] of words) importance.set(stem, probability(model, features));
  return importance;
}

/** Where a sentence's quotations stand, as [start, end) ranges; "don’t" closes no quote. */
export function quotedRanges(text: string): [number, number][] {
  return [...text.matchAll(/[“"][^”"]*[”"]|‘(?:[^’]|’(?=\p{L}))*’(?!\p{L})/gu)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
}

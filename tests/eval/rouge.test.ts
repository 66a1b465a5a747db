import { describe, expect, it } from 'vitest';
import { rougeN, rougeTokens, wordCount } from '../../scripts/eval/rouge.js';
import { leadSentences, splitSentences } from '../../scripts/eval/sentences.js';

describe('ROUGE-N F1', () => {
  const candidate = 'the cat sat on the mat';
  const reference = 'The cat is on the mat.';

  it('tokenises to lower-cased letter/digit runs, no stemming', () => {
    expect(rougeTokens('Kilmarnock’s U.S. deals, 3.7 miles')).toEqual([
      'kilmarnock',
      's',
      'u',
      's',
      'deals',
      '3',
      '7',
      'miles',
    ]);
    expect(rougeTokens('running runs')).toEqual(['running', 'runs']);
  });

  it('ROUGE-1 clips repeated words to the reference count', () => {
    // unigrams overlap: the×2, cat, on, mat = 5 of 6 on both sides
    const r1 = rougeN(candidate, reference, 1);
    expect(r1.precision).toBeCloseTo(5 / 6, 10);
    expect(r1.recall).toBeCloseTo(5 / 6, 10);
    expect(r1.f1).toBeCloseTo(5 / 6, 10);
    expect(rougeN('the the the the', 'the cat', 1).precision).toBeCloseTo(1 / 4, 10);
  });

  it('ROUGE-2 counts shared bigrams', () => {
    // bigrams shared: "the cat", "on the", "the mat" = 3 of 5 on both sides
    expect(rougeN(candidate, reference, 2).f1).toBeCloseTo(3 / 5, 10);
    // candidate: 1 bigram, shared (p 1); reference: 2 bigrams (r 1/2) → F1 2/3
    expect(rougeN('police arrested', 'police arrested two', 2).f1).toBeCloseTo(2 / 3, 10);
  });

  it('is 0 for an empty candidate or nothing shared', () => {
    expect(rougeN('', reference, 1).f1).toBe(0);
    expect(rougeN('dogs bark', reference, 1).f1).toBe(0);
  });

  it('counts words as a reader does', () => {
    expect(wordCount('  The U.S. Senate,\nvoted. ')).toBe(4);
  });
});

describe('Lead-3', () => {
  const article =
    'Mr. Smith went to Washington on Friday. The U.S. Senate voted 52 to 48. ' +
    '“It was close,” he said. Then he left. Nobody followed.';

  it('splits sentences without breaking after common abbreviations', () => {
    expect(splitSentences(article)).toEqual([
      'Mr. Smith went to Washington on Friday.',
      'The U.S. Senate voted 52 to 48.',
      '“It was close,” he said.',
      'Then he left.',
      'Nobody followed.',
    ]);
  });

  it('is the first three sentences', () => {
    expect(leadSentences(article, 3)).toBe(
      'Mr. Smith went to Washington on Friday. The U.S. Senate voted 52 to 48. “It was close,” he said.',
    );
    expect(leadSentences('Only one.', 3)).toBe('Only one.');
  });
});

import { describe, expect, it } from 'vitest';
import { makeArticles } from '../../scripts/bench/ingest-bench.js';
import { wordCount } from '../../scripts/eval/rouge.js';

// 40 sentences of 10 words each.
const texts = Array.from({ length: 4 }, (_, t) =>
  Array.from({ length: 10 }, (_, s) => `Sentence ${t}-${s} has exactly ten words in it, you see.`).join(' '),
);

describe('bench articles', () => {
  it('cuts runs of sentences at the sentence end nearest the word count, from different starts', () => {
    const articles = makeArticles(texts, 30, 64);
    expect(articles).toHaveLength(30);
    expect(new Set(articles.map((a) => a.text)).size).toBe(30);
    for (const a of articles) {
      expect(wordCount(a.text)).toBe(60);
      expect(a.text.split('\n\n')).toHaveLength(2);
    }
    expect(new Set(articles.map((a) => a.id)).size).toBe(30);
  });

  it('makes nothing from no text', () => {
    expect(makeArticles([], 5, 600)).toEqual([]);
  });
});

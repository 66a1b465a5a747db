import { describe, expect, it } from 'vitest';
import {
  contentWords,
  countMatchingIngested,
  matchFacts,
  valueMatches,
} from '../../scripts/eval/fact-match.js';
import type { Fact } from '../../src/core/brief.schema.js';
import { briefFromText } from '../helpers/brief-from-text.js';

const fact = (kind: Fact['kind'], value: string, sentence: number, items?: string[]): Fact => ({
  kind,
  subject: 's',
  description: 'd',
  value,
  sentence,
  ...(items ? { items } : {}),
});

describe('fact values', () => {
  it('lists: every curated item is among the ingested items (case and white space folded)', () => {
    const curated = fact('list', 'Huawei, Alibaba, and Changan', 0, ['Huawei', 'Alibaba', 'Changan']);
    expect(valueMatches(curated, fact('list', 'x', 0, ['changan', 'HUAWEI', 'Alibaba', 'Tencent']))).toBe(
      true,
    );
    expect(valueMatches(curated, fact('list', 'x', 0, ['Huawei', 'Alibaba']))).toBe(false);
    expect(valueMatches(curated, fact('list', 'Huawei, Alibaba, and Changan', 0))).toBe(false);
  });

  it('statements: the ingested value holds at least 60% of the content words', () => {
    expect(contentWords('joined hands with Huawei to build a cloud base')).toEqual([
      'joined',
      'hands',
      'huawei',
      'build',
      'cloud',
      'base',
    ]);
    const curated = fact('statement', 'joined hands with Huawei to build a cloud base', 0);
    // 4 of 6 content words
    expect(valueMatches(curated, fact('statement', 'Huawei will build the cloud base', 0))).toBe(true);
    // 3 of 6
    expect(valueMatches(curated, fact('statement', 'Huawei cloud base', 0))).toBe(false);
  });

  it('other kinds: equal values, lower-cased and white space folded; the kind must agree', () => {
    expect(
      valueMatches(fact('money', '212.1 billion yuan', 0), fact('money', '212.1  Billion Yuan', 0)),
    ).toBe(true);
    expect(valueMatches(fact('count', 'more than 100', 0), fact('count', '100', 0))).toBe(false);
    expect(valueMatches(fact('count', '70', 0), fact('quantity', '70', 0))).toBe(false);
  });
});

describe('matching curated facts by sentence text', () => {
  const curated = briefFromText(
    'curated',
    'T',
    'Intro line here. Seventy projects were signed for 212.1 billion yuan.',
    {
      facts: [fact('money', '212.1 billion yuan', 1), fact('count', '70', 1), fact('date', 'August 22', 0)],
    },
  );

  it('matches by the sentence text even when the indexes differ', () => {
    // The ingested brief split off a first sentence, so its indexes are shifted by one.
    const ingested = briefFromText(
      'ingested',
      'T',
      'Dateline. Intro line here. Seventy projects were signed for 212.1 billion yuan.',
      {
        facts: [
          fact('money', '212.1 billion yuan', 2),
          fact('count', 'seventy', 2),
          fact('percent', '5%', 0),
        ],
      },
    );
    const outcomes = matchFacts(curated, ingested).map((m) => [m.fact.kind, m.outcome, m.found]);
    expect(outcomes).toEqual([
      ['money', 'recovered', []],
      ['count', 'value differs', ['seventy']],
      ['date', 'no fact of this kind there', []],
    ]);
    expect(countMatchingIngested(curated, ingested)).toBe(1);
  });

  it('reports a sentence the ingested brief split differently, and a missing brief', () => {
    const ingested = briefFromText(
      'ingested',
      'T',
      'Intro line here! Seventy projects were signed. For 212.1 billion yuan.',
      {
        facts: [fact('money', '212.1 billion yuan', 2)],
      },
    );
    expect(matchFacts(curated, ingested)[0]?.outcome).toBe('sentence not found');
    expect(matchFacts(curated, null).every((m) => m.outcome === 'sentence not found')).toBe(true);
  });
});

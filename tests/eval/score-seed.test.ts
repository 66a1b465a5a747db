import { describe, expect, it } from 'vitest';
import { foldForMatch, matchesAnyGroup, runSeedSuite } from '../../scripts/eval/score-seed.js';
import type { SeedSet } from '../../scripts/eval/seed-set.js';
import type { AnswerResult } from '../../src/core/answer/answer.js';

const given = (answer: string): AnswerResult => ({
  abstained: false,
  question: '',
  brief: 'b',
  answer,
  citation: { brief: 'b', sentence: 0, text: answer },
  confidence: 1,
  expected: 'description',
});
const abstained: AnswerResult = {
  abstained: true,
  question: '',
  brief: 'b',
  message: "The article doesn't say.",
  missing: [],
  confidence: 0,
  expected: 'description',
};

describe('seed scoring, as the set’s "about" defines it', () => {
  it('folds case, white space and commas', () => {
    expect(foldForMatch('212.1  Billion,\nYuan')).toBe('212.1 billion yuan');
    expect(foldForMatch('1,000 people')).toBe('1000 people');
  });

  it('counts an answer holding every token of one group', () => {
    expect(matchesAnyGroup('Senior Vice President of Huawei', [['senior vice president', 'huawei']])).toBe(
      true,
    );
    expect(matchesAnyGroup('Senior Vice President', [['senior vice president', 'huawei']])).toBe(false);
    expect(matchesAnyGroup('the heat', [['high temperature'], ['heat']])).toBe(true);
  });

  it('scores answers, abstentions and engine errors', () => {
    const set: SeedSet = {
      path: 'test',
      about: null,
      questions: [
        { id: 'a1', question: 'How many?', expect: 'answer', groups: [['70']] },
        { id: 'a2', question: 'How much?', expect: 'answer', groups: [['212.1', 'yuan']] },
        { id: 'a3', question: 'Broken?', expect: 'answer', groups: [['x']] },
        { id: 'u1', question: 'Revenue?', expect: 'abstain' },
        { id: 'u2', question: 'Founder?', expect: 'abstain' },
      ],
    };
    const replies: Record<string, () => AnswerResult> = {
      'How many?': () => given('70'),
      'How much?': () => abstained,
      'Broken?': () => {
        throw new Error('engine failure');
      },
      'Revenue?': () => abstained,
      'Founder?': () => given('Jack Ma'),
    };
    const result = runSeedSuite(set, [], (question) => (replies[question] as () => AnswerResult)());
    expect(result.metrics.map((m) => m.count)).toEqual([
      { hit: 1, total: 3 },
      { hit: 1, total: 2 },
    ]);
    expect(result.items.find((i) => i.id === 'a3')?.ok).toBe(false);
  });
});

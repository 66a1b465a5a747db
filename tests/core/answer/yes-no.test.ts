import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer/answer-question.js';
import { briefFromText } from '../../helpers/brief-from-text.js';

const market = briefFromText(
  '2024-07-01-fish-market',
  'Fish prices fall at Brannock market',
  'Fish prices at the Brannock market were low on Monday, traders said. The market did not open on Sunday.',
);

describe('yes/no questions', () => {
  it('answers no when the sentence holds the WordNet opposite of a question word', () => {
    const result = answerQuestion('Were fish prices at the Brannock market high on Monday?', [market], {
      threshold: 0,
    });
    expect(result.abstained ? result.message : result.answer).toBe('No');
  });

  it('answers no when the sentence negates what the question asserts', () => {
    const result = answerQuestion('Did the Brannock market open on Sunday?', [market], { threshold: 0 });
    expect(result.abstained ? result.message : result.answer).toBe('No');
  });

  it('answers yes when the sentence states everything asked, with a confidence between 0 and 1', () => {
    const result = answerQuestion('Were fish prices at the Brannock market low on Monday?', [market], {
      threshold: 0,
    });
    if (result.abstained) throw new Error(result.message);
    expect(result.answer).toBe('Yes');
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThan(1);
  });
});
